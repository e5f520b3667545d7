import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { firstValueFrom, timeout } from 'rxjs';
import { BackendService, healthPattern, ServiceHealth } from '@party/contracts';
import { PrefixedNatsClient } from '@party/messaging';
import { Isolation, runTs, spawnTs, stopProcess, TEST_DATABASE_URL, TEST_NATS_URL, waitFor } from '@party/testing';
import { testEnv } from './service-harness';

export interface ServiceProcess {
  child: ChildProcess;
  /** Stops the process and drops its schema. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Another service beside the one under test, as its own process (as `npm start` runs it; a
 * service never imports another's code): its committed migrations into `iso.schema`, then its
 * main, ready once it answers its health request under `iso.natsPrefix`.
 */
export async function startServiceProcess(service: BackendService, iso: Isolation, extraEnv: Record<string, string> = {}): Promise<ServiceProcess> {
  const env = testEnv(iso, extraEnv);
  await runTs(`apps/${service}/src/migrate.ts`, env, ['up']);
  const child = spawnTs(`apps/${service}/src/main.ts`, env, service);
  const client = new PrefixedNatsClient({ servers: [TEST_NATS_URL], prefix: iso.natsPrefix });
  await client.connect();
  try {
    await waitFor(
      async () => (await firstValueFrom(client.send<ServiceHealth>(healthPattern(service), {}).pipe(timeout(1000)))).status === 'up',
      { timeoutMs: 150_000, intervalMs: 250, what: `${service} to answer` },
    );
  } finally {
    await client.close();
  }
  return {
    child,
    async stop(signal = 'SIGTERM') {
      await stopProcess(child, signal);
      const db = new Client({ connectionString: TEST_DATABASE_URL });
      await db.connect();
      await db.query(`drop schema if exists "${iso.schema}" cascade`);
      await db.end();
    },
  };
}
