import type { DisciplineLevel, DisciplineNotAppliedReason, MembershipStatus } from '@party/contracts';
import { PROBATIONARY_DISCIPLINE_LEVELS } from '@party/contracts';
import { addDays, type DisciplineKind } from '@party/rules';

export const DISCIPLINE_REGULATION = 'Điều lệ Đảng, Điều 35; Quy định 22-QĐ/TW (2021) về công tác kiểm tra, giám sát và kỷ luật của Đảng';

/** The inspection's codes as the badge rules (libs/rules) name them. */
export const DISCIPLINE_KIND_OF: Readonly<Record<DisciplineLevel, DisciplineKind>> = {
  khien_trach: 'reprimand',
  canh_cao: 'warning',
  cach_chuc: 'removal_from_post',
  khai_tru: 'expulsion',
};

/** What membership knows of the person when a discipline takes effect. */
export interface MemberOnDate {
  status: MembershipStatus;
  admissionDecisionDate: string | null;
  officialDate: string | null;
  endedOn: string | null;
}

export type DisciplineEffect =
  | { effect: 'record' }
  | { effect: 'expel' }
  | { effect: 'notApplied'; reason: DisciplineNotAppliedReason; statusOnEffectiveDate: string | null };

/** The member's standing on a date: probationary until the official date, ended from endedOn. */
export function standingOn(m: MemberOnDate, on: string): 'probationary' | 'official' | 'notMember' {
  if (!m.admissionDecisionDate || on < m.admissionDecisionDate) return 'notMember';
  if (m.endedOn && m.endedOn <= on) return 'notMember';
  if (m.status !== 'official' && m.status !== 'probationary' && !m.endedOn) return 'notMember';
  return m.officialDate && m.officialDate <= on ? 'official' : 'probationary';
}

/**
 * What a valid discipline fact does to the member. Inspection decides; membership only refuses to
 * apply what cannot be true of the member it knows — a probationary member removed from post or
 * expelled (Điều lệ Đảng, Điều 35: a probationary member is only reprimanded or warned), or a
 * person who was not a member that day — and records that refusal instead of dead-lettering a
 * valid fact.
 */
export function disciplineEffect(level: DisciplineLevel, member: MemberOnDate | null, effectiveOn: string): DisciplineEffect {
  if (!member) return { effect: 'notApplied', reason: 'unknown_person', statusOnEffectiveDate: null };
  const standing = standingOn(member, effectiveOn);
  if (standing === 'notMember') return { effect: 'notApplied', reason: 'not_a_member', statusOnEffectiveDate: member.status };
  if (standing === 'probationary' && !PROBATIONARY_DISCIPLINE_LEVELS.includes(level)) {
    return { effect: 'notApplied', reason: 'level_not_allowed_for_probationary', statusOnEffectiveDate: 'probationary' };
  }
  return level === 'khai_tru' ? { effect: 'expel' } : { effect: 'record' };
}

/**
 * The last day a closed case or a resolved complaint still holds a transfer: the day before it
 * closed (on the day of the conclusion the member is no longer under inspection).
 */
export function holdUntil(closedOn: string): string {
  return addDays(closedOn, -1);
}
