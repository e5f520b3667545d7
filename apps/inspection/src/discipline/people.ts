import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type Principal } from '@party/contracts';
import { orgScopeOf, outOfScope, OrgScope, subtreePeriods } from '@party/org-replica';
import { InspectedPerson } from './inspected-person.entity';

export type Standing = 'probationary' | 'official' | 'notMember';

/** Whether the person was a probationary or an official member on a day, by membership's dates. */
export function standingOn(p: Pick<InspectedPerson, 'admissionDecisionDate' | 'officialDate' | 'endedOn'>, on: string): Standing {
  if (!p.admissionDecisionDate || on < p.admissionDecisionDate) return 'notMember';
  if (p.endedOn && p.endedOn <= on) return 'notMember';
  return p.officialDate && p.officialDate <= on ? 'official' : 'probationary';
}

export const personView = (personId: string, p: InspectedPerson | undefined) => ({
  personId,
  fullName: p?.fullName ?? null,
  dateOfBirth: p?.dateOfBirth ?? null,
  orgId: p?.orgId ?? null,
  status: p?.status ?? null,
});

export async function peopleById(em: EntityManager, ids: readonly (string | null)[]): Promise<Map<string, InspectedPerson>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  return new Map((await em.find(InspectedPerson, { personId: { $in: wanted } })).map((p) => [p.personId, p]));
}

export const describe = (p: InspectedPerson) => p.fullName ?? p.personId;

/**
 * The member a command names, as membership's records say on `on`: refused on the `personId` field
 * when membership has not told of them, or they were not a party member that day.
 */
export async function requireMember(em: EntityManager, personId: string, on: string, dateField: string): Promise<{ person: InspectedPerson; standing: Exclude<Standing, 'notMember'> }> {
  const person = await em.findOne(InspectedPerson, { personId });
  if (!person) {
    const message = { vi: 'Không có người này trong hồ sơ đảng viên (mã người không đúng, hoặc chưa cập nhật từ Ban Tổ chức)', en: 'This person is not in the membership records (wrong id, or not received from the Organization Board yet)' };
    throw DomainError.rule(message, undefined, [{ field: 'personId', ...message }]);
  }
  const standing = standingOn(person, on);
  if (standing === 'notMember') {
    const message = {
      vi: `${describe(person)} không phải là đảng viên vào ngày ${on} (trạng thái: ${person.status})`,
      en: `${describe(person)} was not a party member on ${on} (status: ${person.status})`,
    };
    throw DomainError.rule(message, 'Điều lệ Đảng, Điều 35', [
      { field: 'personId', ...message },
      { field: dateField, vi: `Ngày ${on} người này không phải là đảng viên`, en: `Not a party member on ${on}` },
    ]);
  }
  return { person, standing };
}

/** The caller's scope, narrowed to `orgId`'s subtree when asked (403 when `orgId` is outside it). */
export async function listScope(em: EntityManager, principal: Principal, orgId: string | undefined): Promise<{ covers(orgId: string | null, on: string): boolean }> {
  const own = await orgScopeOf(em, principal);
  if (!orgId) return own;
  if (!own.whole && !own.orgIds().includes(orgId)) throw outOfScope({ vi: 'Tổ chức này', en: 'This organization' });
  const asked = OrgScope.subtree(orgId, await subtreePeriods(em, orgId));
  return { covers: (id, on) => own.covers(id, on) && asked.covers(id, on) };
}

export function sortRows<T extends { id: string }>(rows: T[], key: (r: T) => string | null, order: 'asc' | 'desc'): T[] {
  rows.sort((a, b) => (key(a) ?? '9999').localeCompare(key(b) ?? '9999') || a.id.localeCompare(b.id));
  return order === 'desc' ? rows.reverse() : rows;
}

/** Serializes commands about one person (an open case, a discipline) as membership serializes its own. */
export async function lockPerson(em: EntityManager, personId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`inspection.person.${personId}`]);
}
