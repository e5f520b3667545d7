import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Principal, TransferDeadlineView, TransferView } from '@party/contracts';
import { vietnamCalendar, versionOn } from '@party/rules';
import { calendarError } from '../leaving/member-state';
import { OrganizationTree, outOfScope } from '../organizations/organization.tree';
import { Person } from '../people/person.entity';
import { Transfer } from './transfer.entity';
import { TRANSFER_ACTIVITY_DEADLINE_RULES, TRANSFER_LETTER_DEADLINE_RULES } from './transfer.rules';

export const TRANSFER = { vi: 'phiếu chuyển sinh hoạt đảng', en: 'Transfer' };

export function transferView(t: Transfer, fullName: string): TransferView {
  return {
    id: t.id,
    personId: t.personId,
    fullName,
    kind: t.kind,
    status: t.status,
    fromOrgId: t.fromOrgId,
    fromCommittee: t.fromCommittee,
    toOrgId: t.toOrgId,
    toCommittee: t.toCommittee,
    letterNumber: t.letterNumber,
    departedOn: t.departedOn,
    arrivedOn: t.arrivedOn,
    effectiveOn: t.effectiveOn,
    purpose: t.purpose,
    untilOn: t.untilOn,
    hops: t.hops,
    activityStartedOn: t.activityStartedOn,
    dossierReceivedOn: t.dossierReceivedOn,
  };
}

/** Transfers with either end inside the organizations (no filter: the whole bloc). */
export function eitherEndIn(orgIds: string[] | null): FilterQuery<Transfer> {
  return orgIds ? { $or: [{ fromOrgId: { $in: orgIds } }, { toOrgId: { $in: orgIds } }] } : {};
}

/** A transfer is in a caller's scope when either end is. */
export async function assertEitherEnd(tree: OrganizationTree, principal: Principal, t: Transfer, asOf: string, em: EntityManager): Promise<void> {
  const scope = await tree.scopeIds(principal, undefined, asOf, em);
  if (scope && ![t.fromOrgId, t.toOrgId].some((o) => o && scope.includes(o))) throw outOfScope(asOf);
}

/** The full names of the transfers' members. */
export async function namesOf(em: EntityManager, rows: Transfer[]): Promise<Map<string, string>> {
  const people = await em.find(Person, { id: { $in: [...new Set(rows.map((t) => t.personId))] } });
  return new Map(people.map((p) => [p.id, p.fullName]));
}

/**
 * The deadlines still open on an internal or incoming transfer: the letter not presented (30
 * working days from the move), the activity not started (60); due, or overdue after the deadline day.
 */
export function openDeadlines(t: Transfer, fullName: string, asOf: string): TransferDeadlineView[] {
  if (t.kind !== 'internal' && t.kind !== 'in') return [];
  try {
    return [
      ...(t.arrivedOn ? [] : [deadlineEntry('presentLetter', t, fullName, versionOn(TRANSFER_LETTER_DEADLINE_RULES, t.departedOn), asOf)]),
      ...(t.activityStartedOn ? [] : [deadlineEntry('startActivity', t, fullName, versionOn(TRANSFER_ACTIVITY_DEADLINE_RULES, t.departedOn), asOf)]),
    ];
  } catch (err) {
    calendarError(err);
  }
}

function deadlineEntry(stage: TransferDeadlineView['stage'], t: Transfer, fullName: string, rule: { params: { workingDays: number }; regulation: string }, asOf: string): TransferDeadlineView {
  const n = rule.params.workingDays;
  return {
    stage,
    transferId: t.id,
    personId: t.personId,
    fullName,
    kind: t.kind,
    toOrgId: t.toOrgId,
    from: t.departedOn,
    workingDays: n,
    deadline: vietnamCalendar.deadline(t.departedOn, n),
    status: vietnamCalendar.status(t.departedOn, n, { today: asOf }) === 'overdue' ? 'overdue' : 'due',
    regulation: rule.regulation,
  };
}
