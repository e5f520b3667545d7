import { Controller, Get, HttpCode, HttpException, Inject, Injectable, Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/postgresql';
import type { NatsConnection } from 'nats';
import { BackendService, healthPattern, ServiceHealth } from '@party/contracts';
import { NATS_CONNECTION, SERVICE_NAME } from './tokens';

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthProbe {
  constructor(
    private readonly orm: MikroORM,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  private phaseProvider?: () => Promise<'ready' | 'seeding'>;

  /** A service still loading or projecting its data (reporting catching up) says `seeding`; unanswered in time = `ready`. */
  setPhaseProvider(provider: () => Promise<'ready' | 'seeding'>): void {
    this.phaseProvider = provider;
  }

  async check(): Promise<ServiceHealth> {
    const [postgres, nats, phase] = await Promise.all([
      within(2000, this.orm.em.getConnection().execute('select 1')).then(() => 'up' as const, () => 'down' as const),
      within(2000, this.nc.flush()).then(() => 'up' as const, () => 'down' as const),
      this.phaseProvider ? within(2000, this.phaseProvider()).catch(() => 'ready' as const) : Promise.resolve('ready' as const),
    ]);
    const checks = { postgres, nats };
    return { service: this.service, status: postgres === 'up' && nats === 'up' ? 'up' : 'down', phase, checks };
  }
}

/**
 * `/health/live` (the process answers) and `/health/ready` (its dependencies answer, else 503 with
 * what does not), for k8s probes; a process says what it depends on in `readiness`.
 */
export abstract class HealthEndpoints {
  protected abstract readiness(): Promise<{ status: string }>;

  @Get('live')
  live() {
    return { status: 'up' };
  }

  @Get('ready')
  @HttpCode(200)
  async ready() {
    const health = await this.readiness();
    if (health.status !== 'up') throw new HttpException(health, 503);
    return health;
  }
}

/** A backend service's probes: PostgreSQL and NATS (`HealthProbe`). */
@Controller('health')
export class HttpHealthController extends HealthEndpoints {
  constructor(private readonly probe: HealthProbe) {
    super();
  }

  protected readiness() {
    return this.probe.check();
  }
}

/** The `<service>.health` request-reply handler the gateway's `/api/health` asks. */
export function rpcHealthController(service: BackendService): Type<unknown> {
  @Controller()
  class RpcHealthController {
    constructor(readonly probe: HealthProbe) {}

    @MessagePattern(healthPattern(service))
    health(): Promise<ServiceHealth> {
      return this.probe.check();
    }
  }
  return RpcHealthController;
}
