import { join, resolve } from 'node:path';

/**
 * Where a job's files live: `<root>/<queue prefix>/<job id>/<file>`. The report worker writes
 * there and the gateway serves downloads from there, so both read the same root
 * (`REPORT_RESULTS_DIR`; on a cluster, a volume both mount). The queue prefix keeps environments
 * and test files apart, as it does in Redis.
 */
export const DEFAULT_REPORT_RESULTS_DIR = '.data/report-results';

const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

export function jobResultsDir(root: string, queuePrefix: string, jobId: string): string {
  // job ids are ours (deterministic ids, scheduler ids): letters, digits, '.', '~', '-', '_', ':'
  const dir = jobId.replace(/[^A-Za-z0-9_.~-]/g, '_');
  if (!dir || /^\.+$/.test(dir)) throw new Error(`Unusable job id for a results directory: ${jobId}`);
  return join(resolve(root), queuePrefix, dir);
}

/** The path of one file of a job; null for a name that could leave the job's directory. */
export function jobResultPath(root: string, queuePrefix: string, jobId: string, fileName: string): string | null {
  if (!SAFE_NAME.test(fileName) || fileName.includes('..')) return null;
  return join(jobResultsDir(root, queuePrefix, jobId), fileName);
}
