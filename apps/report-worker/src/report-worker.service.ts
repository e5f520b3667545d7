import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { ALL_JOBS, REPORT_QUEUE } from '@party/contracts';
import { indexJobHandlers, JobHandler } from '@party/messaging';
import { ResultStore } from './infra/result-store';
import { ServiceCalls } from './infra/service-calls';
import { badgeCandidatesHandler } from './lists/badge-candidates.handler';
import { overdueDeadlinesHandler } from './lists/overdue-deadlines.handler';
import { scheduleFiredHandler } from './schedule/schedule-fired.handler';
import { selfCheckHandler } from './self-check.handler';
import { WORKER_ENV, WorkerEnv } from './worker-env';
import { yearEndHandler } from './year-end/year-end.handler';

/**
 * The BullMQ worker of the `reports` queue. Every declared job has exactly one handler or the
 * worker refuses to boot; payloads are validated against their contract before a handler sees
 * them; a failed job keeps its reason in words. A worker killed mid-job loses its lock and the
 * stalled-job check gives the job to another (`JOB_LOCK_MS`); on shutdown it stops taking jobs
 * and waits for the running ones before the connections close.
 */
@Injectable()
export class ReportWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReportWorker');
  private readonly handlers: Map<string, JobHandler>;
  private worker?: Worker;
  private producer?: Queue;
  readonly redis: Redis;

  constructor(
    @Inject(WORKER_ENV) private readonly env: WorkerEnv,
    calls: ServiceCalls,
    store: ResultStore,
  ) {
    this.redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null, lazyConnect: true });
    this.redis.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    const deps = { calls, store, env };
    this.handlers = indexJobHandlers(REPORT_QUEUE, ALL_JOBS, [
      selfCheckHandler,
      yearEndHandler(deps),
      badgeCandidatesHandler(deps),
      overdueDeadlinesHandler(deps),
      scheduleFiredHandler({ calls, queue: () => this.queue() }),
    ]);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.redis.connect();
    this.worker = new Worker(REPORT_QUEUE, (job) => this.run(job), {
      connection: this.redis,
      prefix: this.env.QUEUE_PREFIX,
      concurrency: this.env.JOB_CONCURRENCY,
      lockDuration: this.env.JOB_LOCK_MS,
      stalledInterval: this.env.JOB_STALLED_CHECK_MS,
      // one stall (a killed worker) is retried; a job that kills its worker again and again fails with a reason
      maxStalledCount: 2,
    });
    this.worker.on('error', (err) => this.logger.error(`worker: ${err.message}`));
    this.worker.on('failed', (job, err) => this.logger.warn(`job ${job?.id} (${job?.name}) failed: ${err.message}`));
    this.worker.on('completed', (job) => this.logger.log(`job ${job.id} (${job.name}) completed`));
    this.logger.log(`worker on ${this.env.QUEUE_PREFIX}:${REPORT_QUEUE} with ${this.handlers.size} job type(s)`);
  }

  /** The queue the scheduled fires add their jobs to, on the worker's own connection. */
  private queue(): Queue {
    this.producer ??= new Queue(REPORT_QUEUE, { connection: this.redis, prefix: this.env.QUEUE_PREFIX });
    return this.producer;
  }

  private async run(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`Không có bộ xử lý cho công việc "${job.name}" / no handler for job "${job.name}"`);
    return handler.run(handler.job.schema.parse(job.data), job);
  }

  async onApplicationShutdown(): Promise<void> {
    // the worker first (running jobs finish and are recorded), then what they used
    await this.worker?.close();
    await this.producer?.close();
    this.redis.disconnect();
  }
}
