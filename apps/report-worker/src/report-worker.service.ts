import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import Redis from 'ioredis';
import { ALL_JOBS, REPORT_QUEUE } from '@party/contracts';
import { indexJobHandlers, JobHandler } from '@party/messaging';
import { BaseEnv, SERVICE_ENV } from '@party/service-kit';
import { selfCheckHandler } from './self-check.handler';

export const REPORT_JOB_HANDLERS: JobHandler<any>[] = [selfCheckHandler];

/**
 * The BullMQ worker of the `reports` queue. Payloads are validated against their contract
 * before a handler sees them; a failed job keeps its reason. On shutdown it stops taking jobs
 * and waits for the running ones.
 */
@Injectable()
export class ReportWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReportWorker');
  private readonly handlers = indexJobHandlers(REPORT_QUEUE, ALL_JOBS, REPORT_JOB_HANDLERS);
  private worker?: Worker;
  readonly redis: Redis;

  constructor(@Inject(SERVICE_ENV) private readonly env: BaseEnv) {
    this.redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true });
    this.redis.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.redis.connect();
    this.worker = new Worker(REPORT_QUEUE, (job) => this.run(job), {
      connection: this.redis,
      prefix: this.env.QUEUE_PREFIX,
      concurrency: 2,
    });
    this.worker.on('error', (err) => this.logger.error(`worker: ${err.message}`));
    this.worker.on('failed', (job, err) => this.logger.warn(`job ${job?.id} (${job?.name}) failed: ${err.message}`));
    this.logger.log(`worker on ${this.env.QUEUE_PREFIX}:${REPORT_QUEUE} with ${this.handlers.size} job type(s)`);
  }

  private async run(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`Không có bộ xử lý cho công việc "${job.name}" / no handler for job "${job.name}"`);
    return handler.run(handler.job.schema.parse(job.data), job);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    this.redis.disconnect();
  }
}
