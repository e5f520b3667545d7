import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '@party/contracts';
import { PersonReplica } from './person-replica.entity';

export type Standing = 'probationary' | 'official' | 'notMember';

/** Whether the person was a probationary or an official member on a day, by membership's dates. */
export function standingOn(p: Pick<PersonReplica, 'admissionDecisionDate' | 'officialDate' | 'endedOn'>, on: string): Standing {
  if (!p.admissionDecisionDate || on < p.admissionDecisionDate) return 'notMember';
  if (p.endedOn && p.endedOn <= on) return 'notMember';
  return p.officialDate && p.officialDate <= on ? 'official' : 'probationary';
}

export const personView = (personId: string, p: PersonReplica | undefined) => ({
  personId,
  fullName: p?.fullName ?? null,
  dateOfBirth: p?.dateOfBirth ?? null,
  orgId: p?.orgId ?? null,
  status: p?.status ?? null,
});

export async function peopleById(em: EntityManager, ids: readonly (string | null)[]): Promise<Map<string, PersonReplica>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  return new Map((await em.find(PersonReplica, { personId: { $in: wanted } })).map((p) => [p.personId, p]));
}

export const describePerson = (p: PersonReplica) => p.fullName ?? p.personId;

/**
 * The member a command names, as membership's records say on `on`: refused on the `personId` field
 * (or `field`) when membership has not told of them, or they were not a party member that day.
 */
export async function requireMember(
  em: EntityManager,
  personId: string,
  on: string,
  dateField: string,
  field = 'personId',
): Promise<{ person: PersonReplica; standing: Exclude<Standing, 'notMember'> }> {
  const person = await em.findOne(PersonReplica, { personId });
  if (!person) {
    const message = { vi: 'Không có người này trong hồ sơ đảng viên (mã người không đúng, hoặc chưa cập nhật từ Ban Tổ chức)', en: 'This person is not in the membership records (wrong id, or not received from the Organization Board yet)' };
    throw DomainError.rule(message, undefined, [{ field, ...message }]);
  }
  const standing = standingOn(person, on);
  if (standing === 'notMember') {
    const message = {
      vi: `${describePerson(person)} không phải là đảng viên vào ngày ${on} (trạng thái: ${person.status})`,
      en: `${describePerson(person)} was not a party member on ${on} (status: ${person.status})`,
    };
    throw DomainError.rule(message, 'Điều lệ Đảng, Điều 35', [
      { field, ...message },
      { field: dateField, vi: `Ngày ${on} người này không phải là đảng viên`, en: `Not a party member on ${on}` },
    ]);
  }
  return { person, standing };
}
