import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Job } from 'bullmq';
import { RequirePermissions } from '@party/auth';
import { API_TAGS, DomainError, REPORT_QUEUE } from '@party/contracts';
import { createZodDto } from '../http/zod-dto';
import { Answers } from '../http/answers';
import { ApiZodQuery, ZodPipe } from '../http/zod';
import { ReportJobQueue } from './report-job-queue';
import { ListQueueJobsInput, listQueueJobsSchema, QUEUE_STATES, queueJobRetriedSchema, queueJobsSchema, queueOverviewSchema } from './queues.schemas';

class QueueOverview extends createZodDto(queueOverviewSchema) {}
class QueueJobs extends createZodDto(queueJobsSchema) {}
class QueueJobRetried extends createZodDto(queueJobRetriedSchema) {}

const iso = (ms: number | undefined | null) => (ms ? new Date(ms).toISOString() : null);
const unavailable = () =>
  new DomainError({ code: 'unavailable', message: { vi: 'Hàng đợi (Redis) không phản hồi, vui lòng thử lại sau', en: 'The queue (Redis) did not answer; please try again later' } });

/** Redis calls that fail become the typed "unavailable" (503), never a raw 500. */
async function redis<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw unavailable();
  }
}

/**
 * The queue dashboard of the administrator (bull-board's essentials, behind the gateway's own
 * authentication instead of a second login): jobs by state, the schedulers and their next fire,
 * the jobs of a state with their failure, and a retry of a failed job.
 */
@ApiTags(API_TAGS.admin)
@ApiBearerAuth()
@RequirePermissions('system:operate')
@Controller('admin/queues')
export class QueuesController {
  constructor(private readonly jobs: ReportJobQueue) {}

  @Get()
  @ApiOperation({ summary: 'Hàng đợi công việc nền: số việc theo trạng thái, lịch chạy / The job queue: jobs by state, schedules' })
  @Answers(200, QueueOverview, 401, 403)
  async overview() {
    const queue = this.jobs.queue();
    const [counts, workers, schedulers] = await redis(() => Promise.all([queue.getJobCounts(...QUEUE_STATES), queue.getWorkersCount(), queue.getJobSchedulers(0, -1)]));
    return {
      queue: REPORT_QUEUE,
      prefix: queue.opts.prefix ?? 'bull',
      counts,
      workers,
      schedulers: schedulers.map((s) => ({ key: s.key, name: s.name, pattern: s.pattern ?? null, timeZone: s.tz ?? null, next: iso(s.next) })),
    };
  }

  @Get('jobs')
  @ApiOperation({ summary: 'Các việc của một trạng thái, mới nhất trước / The jobs in one state, newest first' })
  @ApiZodQuery(listQueueJobsSchema)
  @Answers(200, QueueJobs, 400, 401, 403)
  async list(@Query(new ZodPipe(listQueueJobsSchema)) q: ListQueueJobsInput) {
    const queue = this.jobs.queue();
    const jobs = await redis(() => queue.getJobs([q.state], 0, q.limit - 1, false));
    return { items: jobs.filter((j): j is Job => !!j).map((j) => this.view(j, q.state)) };
  }

  @Post('jobs/:id/retry')
  @ApiOperation({ summary: 'Chạy lại một việc đã lỗi / Retry a failed job' })
  @Answers(200, QueueJobRetried, 401, 403, 404, 409)
  async retry(@Param('id') id: string) {
    const job = await redis(() => this.jobs.queue().getJob(id));
    if (!job) throw DomainError.notFound({ vi: 'công việc này trong hàng đợi', en: 'The queued job' });
    const state = await redis(() => job.getState());
    if (state !== 'failed') throw new DomainError({ code: 'conflict', message: { vi: `Chỉ chạy lại được việc đã lỗi (việc này đang ở trạng thái ${state})`, en: `Only a failed job can be retried (this one is ${state})` } });
    await redis(() => job.retry('failed'));
    return { id, state: 'waiting' };
  }

  private view(j: Job, state: string) {
    return {
      id: String(j.id),
      name: j.name,
      state,
      progress: typeof j.progress === 'number' ? j.progress : 0,
      attemptsMade: j.attemptsMade,
      attempts: j.opts.attempts ?? 1,
      data: (j.data ?? {}) as Record<string, unknown>,
      createdAt: iso(j.timestamp) as string,
      startedAt: iso(j.processedOn),
      finishedAt: iso(j.finishedOn),
      failedReason: j.failedReason || null,
    };
  }
}
