import { randomBytes } from 'node:crypto';

export interface Isolation {
  /** PostgreSQL schema of this test file. */
  schema: string;
  /** NATS subject / stream prefix of this test file. */
  natsPrefix: string;
  /** BullMQ queue prefix of this test file. */
  queuePrefix: string;
}

/**
 * A fresh name set per test file, so files run in parallel on one PostgreSQL, one NATS and one
 * Redis without seeing each other (ARCHITECTURE.md, "Testing").
 */
export function isolate(label: string): Isolation {
  const id = `t_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  return { schema: id, natsPrefix: id, queuePrefix: id };
}

/**
 * The demo users' password in tests: random for each test process, so no test depends on a
 * password written in the repository (the gateway refuses that one in every mode).
 */
export const TEST_DEMO_PASSWORD = `Demo-${randomBytes(12).toString('base64url')}`;

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/party_test';
export const TEST_NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
