import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DomainError, Principal } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { BulkLoad } from './bulk-load.entity';
import { BulkLoadView, StartBulkLoadInput } from './bulk-loads.schemas';

const view = (b: BulkLoad): BulkLoadView => ({
  id: b.id,
  label: b.label,
  startedBy: b.startedBy,
  startedAt: b.startedAt.toISOString(),
  expiresAt: b.expiresAt.toISOString(),
  endedAt: b.endedAt?.toISOString() ?? null,
});

@Injectable()
export class BulkLoadsService {
  constructor(private readonly orm: MikroORM) {}

  start(input: StartBulkLoadInput, actor: Principal): Promise<BulkLoadView> {
    return this.orm.em.fork().transactional(async (em: EntityManager) => {
      const load = em.create(BulkLoad, { label: input.label, startedBy: actor.username, expiresAt: new Date(Date.now() + input.expectedMinutes * 60_000) });
      em.persist(load);
      em.persist(this.audit(em, actor, 'bulkLoad.started', load.id, null, view(load)));
      return view(load);
    });
  }

  end(id: string, actor: Principal): Promise<BulkLoadView> {
    return this.orm.em.fork().transactional(async (em: EntityManager) => {
      const load = await em.findOne(BulkLoad, { id });
      if (!load) throw DomainError.notFound({ vi: 'đợt nạp dữ liệu', en: 'Bulk load' });
      if (load.endedAt) return view(load);
      const before = view(load);
      load.endedAt = new Date();
      em.persist(this.audit(em, actor, 'bulkLoad.ended', load.id, before, view(load)));
      return view(load);
    });
  }

  /** The loads open now (not ended, not expired), oldest first. */
  async active(): Promise<BulkLoadView[]> {
    const now = new Date();
    const open = await this.orm.em.fork().find(BulkLoad, { endedAt: null, expiresAt: { $gt: now } }, { orderBy: { startedAt: 'asc' } });
    return open.map(view);
  }

  private audit(em: EntityManager, actor: Principal, action: string, id: string, before: unknown, after: unknown): AuditEntry {
    return em.create(AuditEntry, { actorId: actor.userId, actorName: actor.username, action, entity: 'bulk_load', entityId: id, before, after });
  }
}
