import { Inject, Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { NatsConnection } from 'nats';
import { DomainError, RebuildResult, REPORTS_ROUTES } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { Handles, NATS_CONNECTION, QueryContext } from '@party/service-kit';
import { PROJECTION_TABLES } from '../projection/projection.entities';
import { ProjectionStatus } from './projection-status';

const CONSUMER_NOT_FOUND = 10014;

/**
 * Rebuilds the read model from the start of the streams: stops the reporting consumers, deletes
 * their durable consumers on the event streams, empties the projection tables and their inbox
 * rows (one transaction), and starts them again — they are created anew, delivering everything.
 *
 * One replica at a time: other replicas' consumers would keep their (deleted) durables until they
 * restart. Retry-stream durables are kept: a retried copy of an event is either applied (then the
 * stream copy is a duplicate in the inbox) or a duplicate itself; projections do not depend on order.
 *
 * Not run in the command pipeline's transaction (the route is declared `kind: 'query'`): the
 * emptying and its audit row commit in a transaction of their own before the consumers start again,
 * which a transaction around the whole handler would hold open until after they had started.
 */
@Injectable()
export class RebuildService {
  private readonly logger = new Logger('ReportingRebuild');
  private running = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly status: ProjectionStatus,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  @Handles(REPORTS_ROUTES.rebuild)
  async rebuild(_input: unknown, { principal, correlationId }: QueryContext): Promise<RebuildResult> {
    if (this.running) throw DomainError.conflict({ vi: 'Đang dựng lại dữ liệu báo cáo', en: 'A rebuild is already running' });
    this.running = true;
    const consumers = this.status.consumers();
    try {
      await Promise.all(consumers.map((c) => c.stop()));
      const jsm = await this.nc.jetstreamManager();
      for (const c of consumers) {
        try {
          await jsm.consumers.delete(c.streamName, c.durableName);
        } catch (err) {
          if ((err as { api_error?: { err_code?: number } }).api_error?.err_code !== CONSUMER_NOT_FOUND) throw err;
        }
      }
      const schema = this.orm.config.get('schema') as string;
      const names = consumers.map((c) => c.name);
      const result = await this.orm.em.fork().transactional(async (em) => {
        let clearedRows = 0;
        for (const table of PROJECTION_TABLES) {
          const rows = await em.execute<{ n: number }[]>(`with d as (delete from "${schema}"."${table}" returning 1) select count(*)::int as n from d`);
          clearedRows += Number(rows[0]?.n ?? 0);
        }
        const inbox = await em.execute<{ n: number }[]>(
          `with d as (delete from "${schema}"."inbox" where consumer in (select jsonb_array_elements_text(?::jsonb)) returning 1) select count(*)::int as n from d`,
          [JSON.stringify(names)],
        );
        const out: RebuildResult = { clearedRows, clearedInbox: Number(inbox[0]?.n ?? 0), consumers: names };
        em.persist(
          em.create(AuditEntry, {
            actorId: principal.userId,
            actorName: principal.username,
            action: 'reporting.rebuild',
            entity: 'read_model',
            entityId: 'reporting',
            before: null,
            after: out,
            correlationId,
          }),
        );
        return out;
      });
      this.status.restartSeeding();
      this.logger.log(`read model emptied (${result.clearedRows} rows, ${result.clearedInbox} inbox rows); replaying from the start`);
      return result;
    } finally {
      // started again whatever happened: a failed rebuild must not leave the projection stopped
      for (const c of consumers) await c.start();
      this.running = false;
    }
  }
}
