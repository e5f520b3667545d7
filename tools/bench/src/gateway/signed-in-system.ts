import { Client } from 'pg';
import { TEST_DATABASE_URL } from '@party/testing';
import { BenchClient } from './bloc';
import { BENCH_PASSWORD, BenchSystem, startBenchSystem } from './system';

/** What the benches that write through the API start from. */
export interface SignedInSystem {
  system: BenchSystem;
  /** A plain connection to the database, for baselines and read-backs. */
  db: Client;
  /** membership's throwaway schema. */
  schema: string;
  /** The Organization Board, signed in. */
  board: BenchClient;
}

/** The gateway and membership of the checkout at `root` started, the Board signed in; all stopped after `work`. */
export async function withSignedInSystem<T>(root: string, work: (s: SignedInSystem) => Promise<T>): Promise<T> {
  const system = await startBenchSystem(root);
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  try {
    const board = new BenchClient(system.api);
    await board.login('bantochuc', BENCH_PASSWORD);
    return await work({ system, db, schema: system.schemaOf('membership'), board });
  } finally {
    await db.end();
    await system.stop();
  }
}

/** `work`'s result and its wall-clock time in whole milliseconds. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await work();
  return [out, Math.round(performance.now() - t0)];
}
