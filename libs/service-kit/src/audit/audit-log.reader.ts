import { Injectable, Type } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import { AUDIT_CONFIDENTIAL, AUDIT_ROUTES, AuditEntryView, AuditListQuery, BackendService, ConfidentialAudit, Paged, Principal } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { Handles } from '../routes/handles.decorator';
import type { QueryContext } from '../routes/route-context';

/** Vietnam has no daylight saving: a local day starts at 00:00 +07:00. */
const startOfDay = (day: string): Date => new Date(`${day}T00:00:00+07:00`);
const startOfNextDay = (day: string): Date => new Date(startOfDay(day).getTime() + 24 * 3600 * 1000);

/** `%`, `_` and `\` are the pattern's own in ILIKE: a name containing them is searched as it is. */
const likeContains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function auditFilter(q: AuditListQuery): FilterQuery<AuditEntry> {
  const where: Record<string, unknown> = {};
  if (q.entity) where.entity = q.entity;
  if (q.entityId) where.entityId = q.entityId;
  if (q.action) where.action = q.action;
  if (q.actor) where.actorName = { $ilike: likeContains(q.actor) };
  if (q.from || q.to) where.at = { ...(q.from ? { $gte: startOfDay(q.from) } : {}), ...(q.to ? { $lt: startOfNextDay(q.to) } : {}) };
  return where as FilterQuery<AuditEntry>;
}

/** Whether the row's before/after must be left out for this caller. */
export function isRedacted(entry: Pick<AuditEntry, 'entity' | 'action'>, rules: readonly ConfidentialAudit[], principal: Principal): boolean {
  return rules.some((r) => r.entity === entry.entity && (!r.actions || r.actions.includes(entry.action)) && !principal.permissions.includes(r.permission));
}

export function auditEntryView(e: AuditEntry, redacted: boolean): AuditEntryView {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    before: redacted ? null : (e.before ?? null),
    after: redacted ? null : (e.after ?? null),
    redacted,
    correlationId: e.correlationId ?? null,
  };
}

/**
 * The answer of `<service>.audit.list` for whichever service this is (`ServiceCoreModule` adds
 * it with the route): the service's own `audit_log`, newest first, paged, filtered; the
 * before/after of what the service marks confidential (`AUDIT_CONFIDENTIAL`) left out for a
 * caller without the permission that reads it.
 */
export function auditLogReader(service: BackendService): Type<unknown> {
  const route = AUDIT_ROUTES[service];
  const rules = AUDIT_CONFIDENTIAL[service];

  @Injectable()
  class AuditLogReader {
    @Handles(route)
    async list(q: AuditListQuery, { em, principal }: QueryContext): Promise<Paged<AuditEntryView>> {
      const [rows, total] = await em.findAndCount(AuditEntry, auditFilter(q), {
        orderBy: { at: 'desc', id: 'desc' },
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { items: rows.map((e) => auditEntryView(e, isRedacted(e, rules, principal))), total, page: q.page, pageSize: q.pageSize };
    }
  }
  return AuditLogReader;
}
