import type { DecidingBody, DisciplineStatus, Penalty } from '../../api/discipline';

/**
 * Hình thức kỷ luật and thẩm quyền as the forms offer them: a copy of `libs/rules`
 * (discipline.ts; Điều lệ Đảng, Điều 35, 36; Quy định 22-QĐ/TW), which the portal cannot import
 * (the bundle takes no server code). The spec checks this copy against the rules. The forms
 * only narrow the choices; the inspection service judges the decision and its refusal is shown
 * under the field at fault.
 */
export const MEMBER_LEVELS = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'] as const satisfies readonly Penalty[];
export const PROBATIONARY_LEVELS = ['khien_trach', 'canh_cao'] as const satisfies readonly Penalty[];
export const ORGANIZATION_LEVELS = ['khien_trach', 'canh_cao', 'giai_tan'] as const satisfies readonly Penalty[];
export const DECIDING_BODIES = ['chi_bo', 'grassroots_committee', 'grassroots_committee_admitting', 'superior_committee', 'superior_inspection_committee'] as const satisfies readonly DecidingBody[];

/** Which penalties each body may decide (Điều lệ Đảng, Điều 36; Quy định 22-QĐ/TW (2021)). */
export const COMPETENCE: Readonly<Record<'members' | 'organizations', Readonly<Record<DecidingBody, readonly Penalty[]>>>> = {
  members: {
    chi_bo: ['khien_trach', 'canh_cao'],
    grassroots_committee: ['khien_trach', 'canh_cao', 'cach_chuc'],
    grassroots_committee_admitting: MEMBER_LEVELS,
    superior_committee: MEMBER_LEVELS,
    superior_inspection_committee: MEMBER_LEVELS,
  },
  organizations: {
    chi_bo: [],
    grassroots_committee: [],
    grassroots_committee_admitting: [],
    superior_committee: ORGANIZATION_LEVELS,
    superior_inspection_committee: [],
  },
};
export const COMPETENCE_REGULATION = 'Điều lệ Đảng, Điều 36; Quy định 22-QĐ/TW (2021)';

/** Who the form is about: a member as the records show them now (probationary or not), or an organization. */
export type FormSubject = 'member' | 'probationary' | 'organization';

/**
 * The penalties offered. A member is judged by the server on their standing on the decision
 * date; the form knows their status today, so a member official today is offered all four (they
 * may still have been probationary on an earlier decision date: the server then refuses).
 */
export function levelsFor(subject: FormSubject): readonly Penalty[] {
  if (subject === 'organization') return ORGANIZATION_LEVELS;
  return subject === 'probationary' ? PROBATIONARY_LEVELS : MEMBER_LEVELS;
}

/** The bodies offered: an organization is disciplined by the superior committee only. */
export function bodiesFor(subject: FormSubject): readonly DecidingBody[] {
  return subject === 'organization' ? ORGANIZATION_BODIES : DECIDING_BODIES;
}
const ORGANIZATION_BODIES: readonly DecidingBody[] = DECIDING_BODIES.filter((b) => COMPETENCE.organizations[b].length > 0);

/** What `body` may decide for the subject (shown under the field, to choose the right body). */
export function competenceOf(subject: FormSubject, body: DecidingBody): readonly Penalty[] {
  return subject === 'organization' ? COMPETENCE.organizations[body] : COMPETENCE.members[body];
}

const SEVERITY: Readonly<Record<Penalty, number>> = { khien_trach: 1, canh_cao: 2, cach_chuc: 3, khai_tru: 4, giai_tan: 4 };

/** The penalties a complaint may lessen `level` to: lighter, and of the same kind of subject. */
export function lighterLevels(level: Penalty, subject: 'member' | 'organization'): Penalty[] {
  const pool: readonly Penalty[] = subject === 'organization' ? ORGANIZATION_LEVELS : MEMBER_LEVELS;
  return pool.filter((l) => SEVERITY[l] < SEVERITY[level]);
}

/** A discipline's validity as read on `today`: an in-force one whose period has run out is shown as ended. */
export function validityOf(d: { status: DisciplineStatus; endsOn: string | null }, today: string): DisciplineStatus | 'ended' {
  if (d.status === 'in_force' && d.endsOn && d.endsOn < today) return 'ended';
  return d.status;
}
