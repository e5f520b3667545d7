import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import Redis from 'ioredis';
import type { NatsConnection } from 'nats';
import { BACKEND_SERVICES, BackendService, healthPattern, ServiceHealth } from '@party/contracts';
import { NATS_CONNECTION } from '@party/service-kit';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';
import { BulkLoadsService } from '../bulk-loads/bulk-loads.service';
import { ServiceClient } from '../services/service-client';
import type { SystemHealth } from './health.schemas';

type UpDown = 'up' | 'down';

/** Down beats seeding beats up: a system that is down cannot be said to be loading. */
export function systemStatus(allUp: boolean, seeding: boolean): SystemHealth['status'] {
  return !allUp ? 'down' : seeding ? 'seeding' : 'up';
}

const upIf = (p: Promise<unknown>): Promise<UpDown> => p.then(() => 'up' as const, () => 'down' as const);

function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

@Injectable()
export class HealthService implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    private readonly orm: MikroORM,
    private readonly services: ServiceClient,
    private readonly bulkLoads: BulkLoadsService,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(GATEWAY_ENV) env: GatewayEnv,
  ) {
    this.redis = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 1000 });
    this.redis.on('error', () => undefined); // reported by the check, not as an unhandled event
  }

  async check(): Promise<SystemHealth> {
    const serviceChecks = BACKEND_SERVICES.map((s) =>
      this.services
        .request<ServiceHealth>(healthPattern(s), {}, null, { timeoutMs: 1500 })
        .then((h) => h, () => null),
    );
    const [loads, postgres, nats, redis, ...answers] = await Promise.all([
      within(1500, this.bulkLoads.active()).catch(() => []),
      upIf(within(1500, this.orm.em.getConnection().execute('select 1'))),
      upIf(within(1500, this.nc.flush())),
      upIf(within(1500, this.pingRedis())),
      ...serviceChecks,
    ]);
    const services = Object.fromEntries(BACKEND_SERVICES.map((s, i) => [s, answers[i]?.status === 'up' ? 'up' : 'down'])) as Record<BackendService, UpDown>;
    const infra = { postgres, nats, redis };
    const allUp = [...Object.values(services), ...Object.values(infra)].every((v) => v === 'up');
    const seeding = loads.length > 0 || answers.some((a) => a?.phase === 'seeding');
    return {
      status: systemStatus(allUp, seeding),
      services,
      infra,
      ...(loads.length ? { bulkLoads: loads.map((l) => ({ label: l.label, startedAt: l.startedAt })) } : {}),
    };
  }

  private async pingRedis(): Promise<void> {
    if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
    await this.redis.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }
}
