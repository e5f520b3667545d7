import { APPS, AppName, WholeSystem } from './system/whole-system';

export type FaultKind = 'service' | 'nats' | 'redis' | 'postgres';

/** One fault a drill injects: what it does to the system, and how it ends (the system is then left to recover). */
export interface Fault {
  name: string;
  kind: FaultKind;
  inject(system: WholeSystem): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** SIGKILL (a crash: no shutdown hook runs, in-flight work is cut), then started again after `downMs`. */
export const killApp = (app: AppName, downMs = 1000): Fault => ({
  name: `${app} killed (SIGKILL), started again after ${downMs / 1000} s`,
  kind: 'service',
  async inject(system) {
    await system.app(app).stop('SIGKILL');
    await sleep(downMs);
    system.app(app).start();
  },
});

/** Stopped as an operator restarts it (the streams are kept in its store), `downMs` away. */
export const restartNats = (downMs: number): Fault => ({
  name: `NATS restarted, ${downMs / 1000} s away`,
  kind: 'nats',
  inject: (system) => system.infra.nats.restart(downMs),
});

/** Stopped as an operator restarts it (the queue is kept in its append-only file), `downMs` away. */
export const restartRedis = (downMs: number): Fault => ({
  name: `Redis restarted, ${downMs / 1000} s away`,
  kind: 'redis',
  inject: (system) => system.infra.redis.restart(downMs),
});

/**
 * The server is stopped for `downMs`: every open connection ends and new ones are refused
 * (ECONNREFUSED). `fast`: a clean shutdown; `immediate`: a crash, recovered from the log on start.
 */
export const postgresAway = (downMs: number, mode: 'fast' | 'immediate' = 'fast'): Fault => ({
  name: `PostgreSQL ${mode === 'fast' ? 'stopped' : 'crashed (immediate stop)'}: connections refused for ${downMs / 1000} s`,
  kind: 'postgres',
  async inject(system) {
    await system.infra.postgres.stop(mode);
    await sleep(downMs);
    await system.infra.postgres.boot();
  },
});

/** The server stays up but the database refuses connections ("does not allow connections") and its sessions are ended, for `downMs`. */
export const postgresClosed = (downMs: number): Fault => ({
  name: `PostgreSQL database closed: its sessions ended, connections refused for ${downMs / 1000} s`,
  kind: 'postgres',
  async inject(system) {
    await system.infra.postgres.closeDatabase(system.database);
    await sleep(downMs);
    await system.infra.postgres.reopenDatabase(system.database);
  },
});

export type Profile = 'short' | 'long';

/**
 * `short` (in `npm test`): one fault of each kind — a service crash (membership, where most
 * commands land), NATS and Redis restarts, PostgreSQL away for a few seconds.
 * `long` (`npm run test:faults`): every app crashed in turn, NATS and Redis restarted twice
 * (once for longer), PostgreSQL stopped, closed and crashed, `FAULTS_ROUNDS` times.
 */
export function faultPlan(profile: Profile, rounds = 1): Fault[] {
  if (profile === 'short') return [killApp('membership'), restartNats(1500), restartRedis(1000), postgresAway(5000)];
  const round = [
    ...APPS.map((app) => killApp(app, 1500)),
    restartNats(1500),
    postgresAway(10_000),
    restartRedis(1000),
    restartNats(6000),
    postgresClosed(10_000),
    restartRedis(5000),
    postgresAway(3000, 'immediate'),
  ];
  return Array.from({ length: rounds }, () => round).flat();
}
