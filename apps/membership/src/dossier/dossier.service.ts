import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ANNUAL_SUPPLEMENT,
  DomainError,
  DOSSIER_ENTRY_KINDS,
  DOSSIER_ROUTES,
  DossierEntryAdded,
  DossierEntryCorrected,
  DossierFields,
  DossierItemView,
  DossierVersionView,
  pageOf,
  Principal,
  RouteInput,
  todayInVietnam,
} from '@party/contracts';
import { CommandContext, Handles } from '@party/service-kit';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';
import { DossierEntry } from './dossier-entry.entity';
import { applyCorrections, changedFields, DOSSIER_REGULATION, requireApproval } from './dossier.rules';

const ENTRY = { vi: 'mục hồ sơ', en: 'Dossier entry' };

/**
 * Hồ sơ đảng viên: confidential (the route's `dossier:read` / `dossier:write`, and the caller's
 * scope checked here on every person), append-only, every read and write audited, events
 * without content.
 */
@Injectable()
export class DossierService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(DOSSIER_ROUTES.kinds)
  kinds() {
    return [...DOSSIER_ENTRY_KINDS];
  }

  /** The dossier with corrections applied and every original kept; the read itself is audited. */
  @Handles(DOSSIER_ROUTES.list)
  async list(q: RouteInput<typeof DOSSIER_ROUTES.list>, { em, uow, principal }: CommandContext) {
    const person = await this.person(em, principal, q.id);
    const rows = await em.find(DossierEntry, { personId: person.id }, { orderBy: { id: 'asc' } });
    const items = dossierItems(rows);
    if (q.sort === 'documentDate') items.sort((a, b) => a.current.documentDate.localeCompare(b.current.documentDate) || a.entryId.localeCompare(b.entryId));
    if (q.order === 'desc') items.reverse();
    uow.audit('dossier.read', 'person', person.id, null, { entries: rows.length });
    return { personId: person.id, ...pageOf(items, q) };
  }

  @Handles(DOSSIER_ROUTES.add)
  async add(input: RouteInput<typeof DOSSIER_ROUTES.add>, { em, uow, principal }: CommandContext) {
    const person = await this.person(em, principal, input.id, true);
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
    uow.event(DossierEntryAdded, { personId: person.id, orgId: person.orgId, entryId: entry.id, kind: entry.kind, year: entry.year, documentDate: input.documentDate }, input.documentDate);
    uow.audit('dossier.entryAdded', 'dossier_entry', entry.id, null, { personId: person.id, kind: entry.kind, year: entry.year, ...entry.fields });
    return { id: entry.id, ...dossierItems([entry])[0] };
  }

  /** Đính chính: a new entry referencing the one corrected, with its approval; the original stays. */
  @Handles(DOSSIER_ROUTES.correct)
  async correct(input: RouteInput<typeof DOSSIER_ROUTES.correct>, { em, uow, principal }: CommandContext) {
    const person = await this.person(em, principal, input.id, true);
    const target = await em.findOne(DossierEntry, { id: input.entryId, personId: person.id });
    if (!target) throw DomainError.notFound(ENTRY);
    const approval = requireApproval(input.approval, todayInVietnam(), { vi: 'Đính chính hồ sơ đảng viên', en: 'A dossier correction' });
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
    uow.event(
      DossierEntryCorrected,
      { personId: person.id, orgId: person.orgId, entryId: entry.id, correctsEntryId: target.id, originalEntryId: original.id, kind: original.kind, approvedOn: approval.approvedOn },
      approval.approvedOn,
    );
    uow.audit('dossier.entryCorrected', 'dossier_entry', entry.id, current, {
      ...applyCorrections(current, [entry.fields as Partial<DossierFields>]),
      correctsEntryId: target.id,
      reason: input.reason,
      approval,
    });
    return { id: entry.id, ...dossierItems([...chain, entry])[0] };
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
