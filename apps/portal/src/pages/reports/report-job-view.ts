import type { ReportJob } from '../../api/reports';

/** The progress bar's look for a job's state. */
export function jobProgressStatus(job: Pick<ReportJob, 'state'>): 'active' | 'success' | 'exception' | 'normal' {
  if (job.state === 'completed') return 'success';
  if (job.state === 'failed') return 'exception';
  return job.state === 'active' ? 'active' : 'normal';
}

/** Why the last attempt failed, in the reader's language (the worker writes both). */
export function jobError(job: Pick<ReportJob, 'error'>, lang: 'vi' | 'en'): string | null {
  return job.error ? job.error[lang] : null;
}

/** What a run is about: the year, the occasion or the day. */
export function jobPeriod(job: Pick<ReportJob, 'year' | 'occasion' | 'asOf'>): { key: 'forYear' | 'forOccasion' | 'forAsOf'; value: string | number } | null {
  if (job.year !== null) return { key: 'forYear', value: job.year };
  if (job.occasion) return { key: 'forOccasion', value: job.occasion };
  if (job.asOf) return { key: 'forAsOf', value: job.asOf };
  return null;
}
