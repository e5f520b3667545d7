import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { REPORT_QUEUE } from '@party/contracts';
import { testEnv } from '@party/service-kit/testing';
import { Isolation, spawnTs, stopProcess, TEST_REDIS_URL, waitFor } from '@party/testing';

export interface ReportWorkerProcess {
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The report worker as its own process (as `npm start` runs it), on the test file's NATS and
 * queue prefixes: ready once one more worker is connected to the queue than before it started.
 */
export async function startReportWorker(iso: Isolation, env: Record<string, string> = {}): Promise<ReportWorkerProcess> {
  const redisUrl = env.REDIS_URL ?? TEST_REDIS_URL;
  const queue = new Queue(REPORT_QUEUE, { connection: { url: redisUrl }, prefix: iso.queuePrefix });
  try {
    const before = await queue.getWorkersCount();
    const child = spawnTs('apps/report-worker/src/main.ts', testEnv(iso, env), 'report-worker');
    await waitFor(async () => child.exitCode === null && (await queue.getWorkersCount()) > before, { timeoutMs: 60_000, intervalMs: 200, what: 'the report worker to connect' });
    return { child, stop: async (signal = 'SIGTERM') => void (await stopProcess(child, signal)) };
  } finally {
    await queue.close();
  }
}
