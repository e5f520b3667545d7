import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { DISCIPLINE_LEVELS } from '../inspection/events';
import { localDate } from '../local-date';

/**
 * What membership publishes after applying the Inspection Committee's discipline facts
 * (`evt.inspection.discipline.*`): the removal of an expelled member, and the facts it could not
 * apply (kept, never dead-lettered: the fact is valid, membership's state disagrees with it).
 */

/**
 * Khai trừ ra khỏi Đảng: the member is removed on the day the discipline takes effect, the party
 * card collected. occurredOn = effectiveOn (reporting counts `members.expelled` by it).
 */
export const MemberExpelled = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'expelled',
  version: 1,
  schema: z.object({
    personId: z.uuid(),
    orgId: z.uuid(),
    statusBefore: z.literal('official'),
    /** The inspection service's decision id and number. */
    decisionId: z.uuid(),
    decisionNumber: z.string(),
    decidedOn: localDate,
    effectiveOn: localDate,
    /** The card taken back (thu hồi thẻ đảng viên), null when none was issued. */
    cardCollected: z.string().nullable(),
  }),
});

export const DISCIPLINE_NOT_APPLIED_REASONS = [
  /** Membership has no such person. */
  'unknown_person',
  /** Not (or no longer) a member on the effective date: masses, candidate, ended. */
  'not_a_member',
  /** Cách chức / khai trừ for a probationary member (Điều lệ Đảng, Điều 35: only khiển trách, cảnh cáo). */
  'level_not_allowed_for_probationary',
  /** An annulled expulsion: reinstatement is a decision of its own, never automatic. */
  'expulsion_annulled_needs_decision',
] as const;
export type DisciplineNotAppliedReason = (typeof DISCIPLINE_NOT_APPLIED_REASONS)[number];

/**
 * A valid discipline fact membership recorded but could not apply to the member's state, with
 * the reason, for the Organization Board and the Inspection Committee to settle. occurredOn = the
 * fact's own date.
 */
export const DisciplineNotApplied = defineEvent({
  service: 'membership',
  aggregate: 'discipline',
  name: 'notApplied',
  version: 1,
  schema: z.object({
    personId: z.uuid(),
    orgId: z.uuid().nullable(),
    decisionId: z.uuid(),
    level: z.enum(DISCIPLINE_LEVELS),
    statusOnEffectiveDate: z.string().nullable(),
    reason: z.enum(DISCIPLINE_NOT_APPLIED_REASONS),
  }),
});
