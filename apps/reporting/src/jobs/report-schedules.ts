import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { REPORT_SCHEDULES, REPORT_TIME_ZONE, ScheduleFiredJob } from '@party/contracts';
import { ReportQueue } from './report-queue';

/**
 * Whether this process registers the schedules: on by default; off under `NODE_ENV=test` unless
 * asked (`REPORT_SCHEDULES=on`), so the specs of other capabilities that boot reporting leave no
 * schedulers behind in Redis.
 */
export function schedulesEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.REPORT_SCHEDULES?.toLowerCase();
  if (flag === 'on' || flag === 'true') return true;
  if (flag === 'off' || flag === 'false') return false;
  return env.NODE_ENV !== 'test';
}

/**
 * Registers the scheduled runs at start as BullMQ job schedulers: an upsert per schedule (every
 * replica may do it; the scheduler key makes it one), and the removal of schedulers this version
 * no longer declares. A scheduler fires one job across replicas; the worker turns each fire into
 * the real job under its deterministic id.
 */
@Injectable()
export class ReportSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger('ReportSchedules');

  constructor(private readonly jobs: ReportQueue) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!schedulesEnabled()) return;
    // not awaited: reporting serves its routes while Redis is away, and registers once it is back
    void this.register().catch((err) => this.logger.error(`schedules not registered: ${(err as Error).message}`));
  }

  async register(): Promise<number> {
    const queue = this.jobs.queue;
    for (const s of REPORT_SCHEDULES) {
      await queue.upsertJobScheduler(
        s.key,
        { pattern: s.pattern, tz: REPORT_TIME_ZONE },
        { name: ScheduleFiredJob.name, data: ScheduleFiredJob.schema.parse({ schedule: s.key }), opts: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: { count: 200 }, removeOnFail: { count: 200 } } },
      );
    }
    const declared = new Set<string>(REPORT_SCHEDULES.map((s) => s.key));
    for (const existing of await queue.getJobSchedulers(0, -1)) {
      if (!declared.has(existing.key)) await queue.removeJobScheduler(existing.key);
    }
    this.logger.log(`${REPORT_SCHEDULES.length} report schedules registered (${REPORT_TIME_ZONE})`);
    return REPORT_SCHEDULES.length;
  }
}
