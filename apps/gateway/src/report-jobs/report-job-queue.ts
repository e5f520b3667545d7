import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { REPORT_QUEUE } from '@party/contracts';
import { GATEWAY_ENV, GatewayEnv } from '../config/gateway-env';

type Listener = (event: string) => void;

/**
 * The gateway's view of the `reports` queue: the queue events (one subscription per gateway,
 * fanned out to the event streams by job id) and the queue itself for the admin dashboard. Both
 * connect on first use, so the gateway boots and serves everything else while Redis is away.
 */
@Injectable()
export class ReportJobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('ReportJobQueue');
  private events?: QueueEvents;
  private producer?: Queue;
  private connection?: Redis;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(@Inject(GATEWAY_ENV) private readonly env: GatewayEnv) {}

  queue(): Queue {
    this.connection ??= this.redis();
    this.producer ??= new Queue(REPORT_QUEUE, { connection: this.connection, prefix: this.env.QUEUE_PREFIX });
    return this.producer;
  }

  /** Calls `listener` on every event of job `id` (progress, active, completed, failed, …) until the returned function is called. */
  watch(id: string, listener: Listener): () => void {
    this.subscribe();
    const set = this.listeners.get(id) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(id, set);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(id);
    };
  }

  private subscribe(): void {
    if (this.events) return;
    this.events = new QueueEvents(REPORT_QUEUE, { connection: this.redis(), prefix: this.env.QUEUE_PREFIX });
    this.events.on('error', (err) => this.logger.warn(`queue events: ${err.message}`));
    for (const event of ['progress', 'active', 'waiting', 'delayed', 'completed', 'failed', 'retries-exhausted', 'stalled'] as const) {
      this.events.on(event as 'progress', (args: { jobId: string }) => this.listeners.get(args.jobId)?.forEach((l) => l(event)));
    }
  }

  private redis(): Redis {
    const r = new Redis(this.env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: false });
    r.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    return r;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.events?.close().catch(() => undefined);
    await this.producer?.close().catch(() => undefined);
    this.connection?.disconnect();
  }
}
