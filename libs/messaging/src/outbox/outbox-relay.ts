import type { MikroORM } from '@mikro-orm/postgresql';
import { headers as natsHeaders, NatsConnection } from 'nats';
import type { NatsNames } from '@party/contracts';
import { BackboneLogger } from '../logger';
import { JetStreamBatchPublisher } from './jetstream-batch-publisher';

export interface OutboxRelayOptions {
  batchSize?: number;
  /** How long to wait when the outbox is empty before looking again. */
  idleMs?: number;
  /** How long to wait after NATS or PostgreSQL refused, before trying again. */
  retryMs?: number;
}

interface PendingRow {
  id: string;
  subject: string;
  envelope: unknown;
}

/**
 * Publishes committed outbox rows to JetStream in the order they were written, with
 * `Nats-Msg-Id` = event id so that a row published twice (crash between publish and mark) is
 * stored once. One relay per schema works at a time (advisory lock); replicas wait their turn.
 */
export class OutboxRelay {
  /** Rows published since start (for metrics). */
  published = 0;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** A kick that came while a batch was being published: look again at once instead of idling. */
  private kicked = false;
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly retryMs: number;
  private readonly publisher: JetStreamBatchPublisher;

  constructor(
    private readonly orm: MikroORM,
    nc: NatsConnection,
    private readonly names: NatsNames,
    private readonly logger: BackboneLogger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.idleMs = options.idleMs ?? 200;
    this.retryMs = options.retryMs ?? 1000;
    this.publisher = new JetStreamBatchPublisher(nc);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.publisher.close();
  }

  /** Look now rather than at the next tick (after a command committed events). */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      let failed = false;
      this.kicked = false;
      try {
        published = await this.publishBatch();
      } catch (err) {
        failed = true;
        this.logger.warn(`outbox relay: ${(err as Error).message}; retrying in ${this.retryMs} ms`);
      }
      if (published >= this.batchSize || (this.kicked && !failed)) continue;
      await this.sleep(failed ? this.retryMs : this.idleMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Publishes one batch; returns how many rows it marked published. */
  async publishBatch(): Promise<number> {
    const schema = this.orm.config.get('schema');
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const [lock] = await tx.execute<{ locked: boolean }[]>(
        `select pg_try_advisory_xact_lock(hashtext(?)) as locked`,
        [`${schema}.outbox`],
      );
      if (!lock.locked) return 0;
      // ordered as the index (published_at, id) is: read in its order up to the limit. `order by
      // id` alone is the same order, but the planner does not see it (IS NULL is no equality) and
      // read and sorted every unpublished row for each batch: quadratic in the backlog.
      const rows = await tx.execute<PendingRow[]>(
        `select id, subject, envelope from "${schema}"."outbox" where published_at is null order by published_at, id limit ?`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      const done: string[] = [];
      try {
        // pipelined: the server stores them in the order this one connection sent them
        const failures = await this.publisher.publishAll(
          rows.map((row) => {
            const headers = natsHeaders();
            headers.set('Nats-Msg-Id', row.id);
            return { subject: this.names.subject(row.subject), data: JSON.stringify(row.envelope), headers };
          }),
          5000,
        );
        failures.forEach((failure, i) => failure === null && done.push(rows[i].id));
        const firstFailure = failures.find((f) => f !== null);
        if (firstFailure) this.logger.warn(`outbox relay: ${rows.length - done.length} of ${rows.length} not acknowledged: ${firstFailure}`);
      } finally {
        if (done.length) {
          await tx.execute(`update "${schema}"."outbox" set published_at = now() where id in (?)`, [done]);
        }
      }
      this.published += done.length;
      return done.length;
    });
  }
}
