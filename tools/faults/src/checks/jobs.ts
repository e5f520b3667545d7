import type { ApiClient } from '../workload/api-client';
import type { Ledger } from '../workload/ledger';

export interface JobsCheck {
  /** Distinct jobs the reporting service accepted (asking again at the same watermark answers the same job). */
  accepted: number;
  completed: number;
  /** Jobs that ended failed (with why) or that the service no longer knows. */
  failed: string[];
  /** Ids of jobs still waiting or running when the wait ended. */
  unfinished: string[];
}

/** `missing`: the reporting service no longer knows the job (404): lost with its queue. */
/** The distinct jobs the workload got accepted so far. */
export const acceptedJobs = (ledger: Ledger): string[] => [...new Set(ledger.of('job', 'accepted').map((r) => r.id as string))];

const FINAL = new Set(['completed', 'failed', 'missing']);

/**
 * Every report job the workload got accepted, followed through the public API until it is
 * completed or failed (a job cut by a killed worker or a Redis restart is taken up again by
 * BullMQ's stalled-job check and its retries), or until `timeoutMs`.
 */
export async function waitForJobs(api: ApiClient, ids: string[], timeoutMs: number): Promise<JobsCheck> {
  const states = new Map<string, { state: string; error?: string }>();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const id of ids) {
      if (FINAL.has(states.get(id)?.state ?? '')) continue;
      const answer = await api.send('GET', `/reports/jobs/${encodeURIComponent(id)}`);
      if (answer.status === 200) states.set(id, { state: answer.body.state, error: answer.body.error?.en ?? answer.body.error ?? undefined });
      else if (answer.status === 404) states.set(id, { state: 'missing' });
    }
    const open = ids.filter((id) => !FINAL.has(states.get(id)?.state ?? ''));
    if (!open.length || Date.now() > deadline) {
      return {
        accepted: ids.length,
        completed: ids.filter((id) => states.get(id)?.state === 'completed').length,
        failed: ids.filter((id) => ['failed', 'missing'].includes(states.get(id)?.state ?? '')).map((id) => `${id}: ${states.get(id)?.state} ${states.get(id)?.error ?? ''}`),
        unfinished: open.map((id) => `${id}: ${states.get(id)?.state ?? 'no answer'}`),
      };
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
