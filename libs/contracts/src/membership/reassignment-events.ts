import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';

/** Why a member was moved by a decision about their organization, not by a transfer of their own. */
export const REASSIGNMENT_REASONS = ['merged', 'split', 'dissolved'] as const;
export type ReassignmentReason = (typeof REASSIGNMENT_REASONS)[number];

/**
 * A member carried from an organization that ends (merged, split, dissolved) to the organization
 * the decision names, on its effective date (occurredOn = effectiveOn; the envelope's orgId is
 * the destination). It is NOT a transfer of party activity (chuyển sinh hoạt đảng): no letter, no
 * journey, never counted in transfers.in / out / internal, and the bloc's headcount does not
 * change with it — the member simply counts in `toOrgId` from `effectiveOn`.
 * Published in the same transaction as the organization's own event.
 */
export const MemberReassigned = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'reassigned',
  version: 1,
  schema: z.object({
    personId: z.uuid(),
    /** The destination, as in every member event: the organization the member counts in from now. */
    orgId: z.uuid(),
    fromOrgId: z.uuid(),
    toOrgId: z.uuid(),
    effectiveOn: localDate,
    reason: z.enum(REASSIGNMENT_REASONS),
    decisionNumber: z.string(),
  }),
});
