import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  ANNUAL_SUPPLEMENT,
  Approval,
  DomainError,
  dossierCorrectionSchema,
  DossierEntryAdded,
  DossierEntryCorrected,
  dossierEntrySchema,
  DossierFields,
  DossierItemView,
  dossierListSchema,
  DossierVersionView,
  Principal,
  ServiceRequest,
  todayInVietnam,
  validate,
} from '@party/contracts';
import { AuditEntry } from '@party/database';
import { recordEvent } from '@party/messaging';
import { BackboneRunner } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';
import { DossierEntry } from './dossier-entry.entity';
import { applyCorrections, approvalProblems, changedFields, DOSSIER_REGULATION } from './dossier.rules';

const ENTRY = { vi: 'mục hồ sơ', en: 'Dossier entry' };

/**
 * Hồ sơ đảng viên: confidential (read only with `dossier:read`, within the caller's scope, checked
 * here whatever the gateway did), append-only, every read and write audited, events without
 * content.
 */
@Injectable()
export class DossierService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly tree: OrganizationTree,
  ) {}

  /** The dossier with corrections applied and every original kept; the read itself is audited. */
  async list(req: ServiceRequest): Promise<{ personId: string; items: DossierItemView[] }> {
    const principal = assertPermission(req.principal, 'dossier:read');
    const { personId } = validate(dossierListSchema, req.payload ?? {});
    return this.orm.em.fork().transactional(async (em: EntityManager) => {
      const person = await this.person(em, principal, personId);
      const rows = await em.find(DossierEntry, { personId: person.id }, { orderBy: { id: 'asc' } });
      const items = dossierItems(rows);
      audit(em, req, principal, 'dossier.read', 'person', person.id, null, { entries: rows.length });
      return { personId: person.id, items };
    });
  }

  async add(req: ServiceRequest): Promise<DossierItemView> {
    const principal = assertPermission(req.principal, 'dossier:write');
    const input = validate(dossierEntrySchema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em: EntityManager) => {
      const person = await this.person(em, principal, input.personId, true);
      if (input.kind === ANNUAL_SUPPLEMENT) {
        const same = await em.findOne(DossierEntry, { personId: person.id, kind: ANNUAL_SUPPLEMENT, year: input.year, correctsEntryId: null });
        if (same) {
          throw DomainError.conflict({
            vi: `${person.fullName} đã có phiếu bổ sung hồ sơ năm ${input.year} (số ${String(same.fields.referenceNumber)}); sai sót thì đính chính phiếu đó`,
            en: `${person.fullName} already has the ${input.year} supplement (${String(same.fields.referenceNumber)}); correct it instead`,
          });
        }
      }
      const entry = em.create(DossierEntry, {
        personId: person.id,
        kind: input.kind,
        year: input.year,
        originalEntryId: '',
        fields: { documentDate: input.documentDate, title: input.title, content: input.content, referenceNumber: input.referenceNumber },
        recordedBy: principal.username,
      });
      entry.originalEntryId = entry.id;
      em.persist(entry);
      recordEvent(em, DossierEntryAdded, {
        data: { personId: person.id, orgId: person.orgId, entryId: entry.id, kind: entry.kind, year: entry.year, documentDate: input.documentDate },
        occurredOn: input.documentDate,
        orgId: person.orgId,
        actor: { userId: principal.userId, username: principal.username },
        correlationId: req.correlationId,
      });
      audit(em, req, principal, 'dossier.entryAdded', 'dossier_entry', entry.id, null, { personId: person.id, kind: entry.kind, year: entry.year, ...entry.fields });
      return dossierItems([entry])[0];
    });
    this.backbone.kickRelay();
    return result;
  }

  /** Đính chính: a new entry referencing the one corrected, with its approval; the original stays. */
  async correct(req: ServiceRequest): Promise<DossierItemView> {
    const principal = assertPermission(req.principal, 'dossier:write');
    const input = validate(dossierCorrectionSchema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em: EntityManager) => {
      const person = await this.person(em, principal, input.personId, true);
      const target = await em.findOne(DossierEntry, { id: input.entryId, personId: person.id });
      if (!target) throw DomainError.notFound(ENTRY);
      const problems = approvalProblems(input.approval, todayInVietnam());
      if (problems.length) {
        throw DomainError.rule(
          { vi: 'Đính chính hồ sơ đảng viên cần có quyết định phê duyệt của cấp có thẩm quyền (người phê duyệt, chức vụ, số quyết định, ngày)', en: 'A dossier correction needs the competent committee’s approval (approver, role, decision number, date)' },
          DOSSIER_REGULATION,
          problems,
        );
      }
      const approval = input.approval as Approval;
      const chain = await em.find(DossierEntry, { originalEntryId: target.originalEntryId }, { orderBy: { id: 'asc' } });
      const [original, ...corrections] = chain;
      const current = applyCorrections(original.fields as unknown as DossierFields, corrections.map((c) => c.fields as Partial<DossierFields>));
      const changed = changedFields(current, input.changes);
      if (!changed.length) {
        throw DomainError.rule({ vi: 'Nội dung đính chính trùng với hồ sơ hiện tại: không có gì để đính chính', en: 'The changes equal the current dossier: nothing to correct' }, DOSSIER_REGULATION, [
          { field: 'changes', vi: 'Không có thay đổi', en: 'No change' },
        ]);
      }
      const entry = em.create(DossierEntry, {
        personId: person.id,
        kind: original.kind,
        year: original.year,
        originalEntryId: original.id,
        correctsEntryId: target.id,
        fields: Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined)),
        reason: input.reason,
        approverName: approval.approverName,
        approverRole: approval.approverRole,
        approvalDecisionNumber: approval.decisionNumber,
        approvedOn: approval.approvedOn,
        recordedBy: principal.username,
      });
      em.persist(entry);
      recordEvent(em, DossierEntryCorrected, {
        data: { personId: person.id, orgId: person.orgId, entryId: entry.id, correctsEntryId: target.id, originalEntryId: original.id, kind: original.kind, approvedOn: approval.approvedOn },
        occurredOn: approval.approvedOn,
        orgId: person.orgId,
        actor: { userId: principal.userId, username: principal.username },
        correlationId: req.correlationId,
      });
      audit(em, req, principal, 'dossier.entryCorrected', 'dossier_entry', entry.id, current, {
        ...applyCorrections(current, [entry.fields as Partial<DossierFields>]),
        correctsEntryId: target.id,
        reason: input.reason,
        approval,
      });
      return dossierItems([...chain, entry])[0];
    });
    this.backbone.kickRelay();
    return result;
  }

  /** The person, in the caller's scope (403 outside it); locked per person for a write. */
  private async person(em: EntityManager, principal: Principal, personId: string, lock = false): Promise<Person> {
    const person = await em.findOne(Person, { id: personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], todayInVietnam(), em);
    if (lock) await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.dossier.${personId}`]);
    return person;
  }
}

function audit(em: EntityManager, req: ServiceRequest, principal: Principal, action: string, entity: string, entityId: string, before: unknown, after: unknown): void {
  em.persist(
    em.create(AuditEntry, { actorId: principal.userId, actorName: principal.username, action, entity, entityId, before, after, correlationId: req.correlationId }),
  );
}

function version(e: DossierEntry, base: DossierFields): DossierVersionView {
  const f = applyCorrections(base, [e.fields as Partial<DossierFields>]);
  return {
    entryId: e.id,
    recordedAt: e.recordedAt.toISOString(),
    recordedBy: e.recordedBy,
    ...f,
    correction: e.correctsEntryId
      ? {
          correctsEntryId: e.correctsEntryId,
          reason: e.reason as string,
          approval: { approverName: e.approverName as string, approverRole: e.approverRole as string, decisionNumber: e.approvalDecisionNumber as string, approvedOn: e.approvedOn as string },
          changed: Object.keys(e.fields),
        }
      : null,
  };
}

/** Rows (ordered by id) grouped by original: the original as written, each correction as the state it produced. */
export function dossierItems(rows: readonly DossierEntry[]): DossierItemView[] {
  const byOriginal = new Map<string, DossierEntry[]>();
  for (const r of rows) byOriginal.set(r.originalEntryId, [...(byOriginal.get(r.originalEntryId) ?? []), r]);
  return [...byOriginal.values()].map(([original, ...corrections]) => {
    const first = original.fields as unknown as DossierFields;
    let state = first;
    const versions = corrections.map((c) => {
      const v = version(c, state);
      state = applyCorrections(state, [c.fields as Partial<DossierFields>]);
      return v;
    });
    return { entryId: original.id, kind: original.kind, year: original.year, current: state, original: version(original, first), corrections: versions };
  });
}
