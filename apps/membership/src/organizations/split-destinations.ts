import { DomainError, FieldError, ORG_ROUTES, RouteInput } from '@party/contracts';
import type { MemberCarrier } from './member-carrier';
import type { MemberOfEnding, TransitToEnding } from './member-reassignment';
import type { OrganizationVersion } from './organization.entity';
import { rule } from './organization-decision';
import { membersLeftBehind } from './organization.rules';

export type SplitInput = RouteInput<typeof ORG_ROUTES.split>;

/**
 * Where each member of a split organization goes — those active there on the date and those on
 * their way there (their letter is redirected): the lists by index, then `otherMembersToIndex` for
 * the rest. Refused field by field: an unknown index, a person listed twice or not a member there
 * on the date, a đảng bộ as a destination, and — naming them — members left without one.
 */
export async function splitDestinations(
  members: MemberCarrier,
  input: SplitInput,
  orgName: string,
  created: OrganizationVersion[],
): Promise<Map<number, { members: MemberOfEnding[]; transit: TransitToEnding[] }>> {
  const ending = new Map([[input.id, orgName]]);
  const active = await members.membersOfEnding(ending);
  const transit = await members.inTransitTo(ending);
  const byId = new Map<string, { fullName: string }>([...active, ...transit].map((m) => [m.personId, m]));
  const indexOf = new Map<string, number>();
  const duplicates: FieldError[] = [];
  for (const [i, a] of input.memberAssignments.entries()) {
    if (a.toIndex >= created.length) throw rule({ vi: 'Chỉ số tổ chức mới không tồn tại', en: 'No new organization at this index' }, `memberAssignments.${i}.toIndex`);
    for (const [j, personId] of a.personIds.entries()) {
      const field = `memberAssignments.${i}.personIds.${j}`;
      if (indexOf.has(personId)) duplicates.push({ field, vi: 'Đảng viên được chỉ định hai lần', en: 'The member is listed twice' });
      else if (!byId.has(personId)) {
        throw rule({ vi: `Không phải đảng viên đang sinh hoạt tại "${orgName}" vào ngày ${input.effectiveOn}`, en: `Not a member active in "${orgName}" on ${input.effectiveOn}` }, field);
      }
      indexOf.set(personId, a.toIndex);
    }
  }
  if (duplicates.length) throw DomainError.validation(duplicates);
  const fallback = input.otherMembersToIndex;
  if (fallback !== undefined && fallback >= created.length) throw rule({ vi: 'Chỉ số tổ chức mới không tồn tại', en: 'No new organization at this index' }, 'otherMembersToIndex');
  const without = [...byId].filter(([personId]) => !indexOf.has(personId)).map(([, m]) => m.fullName).sort((a, b) => a.localeCompare(b, 'vi'));
  if (without.length && fallback === undefined) {
    throw rule(membersLeftBehind(orgName, input.effectiveOn, without, 'split'), 'memberAssignments');
  }
  const out = new Map<number, { members: MemberOfEnding[]; transit: TransitToEnding[] }>();
  const at = (personId: string) => {
    const index = indexOf.get(personId) ?? (fallback as number);
    const d = out.get(index) ?? { members: [], transit: [] };
    out.set(index, d);
    return d;
  };
  for (const m of active) at(m.personId).members.push(m);
  for (const t of transit) at(t.personId).transit.push(t);
  for (const index of out.keys()) members.assertTakesMembers(created[index], `into.${index}.kind`);
  return out;
}
