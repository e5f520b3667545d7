import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Job } from 'bullmq';
import {
  deterministicJobId,
  DomainError,
  Principal,
  REPORT_JOB_ROUTES,
  REPORT_JOBS,
  REPORT_SCHEDULES,
  REPORT_TIME_ZONE,
  reportJobKindOf,
  ReportJobState,
  ReportJobView,
  ReportScheduleView,
  ReportWatermark,
  RouteInput,
  todayInVietnam,
} from '@party/contracts';
import { enqueueJob } from '@party/messaging';
import { always, lastKnownVersion, subtreeIds } from '@party/org-replica';
import { nextBadgeOccasion } from '@party/rules';
import { Handles, QueryContext } from '@party/service-kit';
import { ProjectionStatus } from '../operations/projection-status';
import { reportJobView } from './job-view';
import { ReportQueue } from './report-queue';
import { watermarkOf } from './watermark';

/** The job states a list reads (BullMQ keeps finished jobs about 400 days: `JOB_RETENTION`). */
const LISTED_STATES = ['active', 'waiting', 'prioritized', 'delayed', 'completed', 'failed'] as const;
const LIST_SCAN = 500;

const unavailable = () =>
  new DomainError({
    code: 'unavailable',
    message: { vi: 'Hàng đợi báo cáo (Redis) không phản hồi, vui lòng thử lại sau', en: 'The report queue (Redis) did not answer; please try again later' },
  });

/**
 * On-demand report jobs: queued under their deterministic id (kind, inputs, organization, the
 * watermark) after the caller's scope is checked, and read back as a person sees them.
 */
@Injectable()
export class ReportJobsService {
  constructor(
    private readonly jobs: ReportQueue,
    private readonly status: ProjectionStatus,
  ) {}

  @Handles(REPORT_JOB_ROUTES.watermark)
  async watermark(): Promise<ReportWatermark> {
    return watermarkOf(await this.status.completeness());
  }

  @Handles(REPORT_JOB_ROUTES.start)
  async start(input: RouteInput<typeof REPORT_JOB_ROUTES.start>, { em, principal }: QueryContext): Promise<{ id: string; state: ReportJobState; duplicate: boolean }> {
    const orgId = await this.scopeOf(em, principal, input.orgId ?? null);
    const { watermark } = await this.watermark();
    const origin = { orgId, watermark, requestedBy: principal.username, schedule: null };
    const today = todayInVietnam();
    const [def, payload] =
      input.kind === 'yearEnd'
        ? [REPORT_JOBS.yearEnd, { year: input.year, ...origin }]
        : input.kind === 'badgeCandidates'
          ? [REPORT_JOBS.badgeCandidates, { occasion: input.occasion ?? nextBadgeOccasion(today), ...origin }]
          : [REPORT_JOBS.overdueDeadlines, { asOf: input.asOf ?? today, ...origin }];
    const id = deterministicJobId(def, def.schema.parse(payload) as never);
    const queue = this.jobs.queue;
    return guard(async () => {
      const existing = await queue.getJob(id);
      if (existing) {
        const state = await existing.getState();
        // for the same inputs, "run it again" after a failure means a retry of that job
        if (state === 'failed') {
          await existing.retry('failed');
          return { id, state: 'waiting' as const, duplicate: false };
        }
        return { id, state: toState(state), duplicate: true };
      }
      // 8 attempts 3 s apart doubling: ~6 minutes of retries, so outages that follow one another
      // (PostgreSQL down, then NATS) do not use them all up (seen in the fault drill with 4: ~21 s)
      await enqueueJob(queue, def, payload as never, { attempts: 8, backoff: { type: 'exponential', delay: 3000 } });
      return { id, state: 'waiting' as const, duplicate: false };
    });
  }

  @Handles(REPORT_JOB_ROUTES.get)
  async get(q: RouteInput<typeof REPORT_JOB_ROUTES.get>, { em, principal }: QueryContext): Promise<ReportJobView> {
    const job = await guard(() => this.jobs.queue.getJob(q.id));
    if (!job || !reportJobKindOf(job.name) || !(await this.visible(em, principal, job))) {
      // a job outside the caller's scope is not theirs to know of
      throw DomainError.notFound({ vi: 'công việc xuất báo cáo', en: 'Report job' });
    }
    const state = await guard(() => job.getState());
    // finished (completed or failed) between the read of the job and that of its state: read it
    // again, for its files, its error and its attempts
    const finished = state === 'completed' || state === 'failed';
    const current = finished && !job.finishedOn ? ((await guard(() => this.jobs.queue.getJob(q.id))) ?? job) : job;
    return reportJobView(current, state, principal) as ReportJobView;
  }

  @Handles(REPORT_JOB_ROUTES.list)
  async list(q: RouteInput<typeof REPORT_JOB_ROUTES.list>, { em, principal }: QueryContext): Promise<{ items: ReportJobView[]; schedules: ReportScheduleView[] }> {
    const queue = this.jobs.queue;
    const [jobs, schedulers] = await guard(() => Promise.all([queue.getJobs([...LISTED_STATES], 0, LIST_SCAN), queue.getJobSchedulers(0, -1)]));
    const items: ReportJobView[] = [];
    const newestFirst = jobs.filter((j): j is Job => !!j && !!reportJobKindOf(j.name)).sort((a, b) => b.timestamp - a.timestamp);
    for (const job of newestFirst) {
      if (items.length >= q.limit) break;
      if (!(await this.visible(em, principal, job))) continue;
      const view = reportJobView(job, await guard(() => job.getState()), principal);
      if (!view || (q.trigger && view.trigger !== q.trigger) || (q.kind && view.kind !== q.kind)) continue;
      items.push(view);
    }
    const next = new Map(schedulers.map((s) => [s.key, s.next ?? null]));
    const schedules = REPORT_SCHEDULES.filter((s) => !q.kind || s.kind === q.kind).map((s) => ({
      key: s.key,
      kind: s.kind,
      title: s.title,
      pattern: s.pattern,
      timeZone: REPORT_TIME_ZONE,
      next: next.get(s.key) ? new Date(Number(next.get(s.key))).toISOString() : null,
    }));
    return { items, schedules };
  }

  /**
   * The organization a job is about: the caller's scope applies as for the report itself. A
   * secretary's job is about their own organization unless they name one of their subtree.
   */
  private async scopeOf(em: EntityManager, principal: Principal, orgId: string | null): Promise<string | null> {
    if (orgId && !(await lastKnownVersion(em, orgId, todayInVietnam()))) {
      throw DomainError.notFound({ vi: 'tổ chức đảng', en: 'Party organization' });
    }
    if (principal.orgScopeId === null) return orgId;
    if (!orgId || orgId === principal.orgScopeId) return principal.orgScopeId;
    if (!(await subtreeIds(em, principal.orgScopeId, always)).includes(orgId)) {
      throw DomainError.forbidden({ vi: 'Tổ chức này nằm ngoài phạm vi của bạn', en: 'This organization is outside your scope' });
    }
    return orgId;
  }

  /** Whole-bloc callers see every job; a secretary those about their subtree. */
  private async visible(em: EntityManager, principal: Principal, job: Job): Promise<boolean> {
    if (principal.orgScopeId === null) return true;
    const orgId = (job.data as { orgId?: string | null }).orgId ?? null;
    return orgId !== null && (await subtreeIds(em, principal.orgScopeId, always)).includes(orgId);
  }
}

function toState(s: string): ReportJobState {
  return s === 'completed' || s === 'failed' || s === 'active' || s === 'delayed' ? s : 'waiting';
}

/** Redis errors as the typed "unavailable", never a raw 500. */
async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DomainError) throw err;
    const msg = String((err as Error)?.message ?? err);
    if (/ECONNREFUSED|ETIMEDOUT|Connection is closed|max retries|MaxRetriesPerRequest|ENOTFOUND|Stream isn't writeable/i.test(msg)) throw unavailable();
    throw err;
  }
}
