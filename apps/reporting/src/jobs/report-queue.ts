import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { REPORT_QUEUE } from '@party/contracts';
import { BaseEnv, SERVICE_ENV } from '@party/service-kit';

/**
 * The `reports` queue as reporting sees it: the producer side (jobs asked for, schedules) and
 * the reader of job states. Its Redis connection is its own and lazy, so reporting boots and
 * answers its other routes while Redis is away; a job route then answers "unavailable".
 */
@Injectable()
export class ReportQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('ReportQueue');
  readonly redis: Redis;
  readonly queue: Queue;

  constructor(@Inject(SERVICE_ENV) env: BaseEnv) {
    this.redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: true, enableOfflineQueue: true, connectTimeout: 2000 });
    this.redis.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    this.queue = new Queue(REPORT_QUEUE, { connection: this.redis, prefix: env.QUEUE_PREFIX });
    this.queue.on('error', (err) => this.logger.warn(`queue: ${err.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.redis.disconnect();
  }
}
