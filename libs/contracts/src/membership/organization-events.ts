import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { orgKindSchema } from './organization-kinds';

/**
 * Every organization event concerns exactly one organization and carries what a projection
 * needs without asking back: its kind (and whether it is grassroots), its name and parent after
 * the change. The envelope's `occurredOn` is the decision's effective date; `orgId` is the organization.
 */
const base = {
  orgId: z.uuid(),
  kind: orgKindSchema,
  grassroots: z.boolean(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  decisionNumber: z.string(),
};

export const OrganizationEstablished = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'established',
  version: 1,
  schema: z.object({
    ...base,
    /** `new`: thành lập mới; `merger` / `split`: created by a merger or a split of `fromOrgIds`. */
    origin: z.enum(['new', 'merger', 'split']),
    fromOrgIds: z.array(z.uuid()),
  }),
});

/** Tiếp nhận: handed in from another superior committee together with its members. */
export const OrganizationHandedIn = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'handedIn',
  version: 1,
  schema: z.object({ ...base, fromCommittee: z.string() }),
});

export const OrganizationRenamed = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'renamed',
  version: 1,
  schema: z.object({ ...base, previousName: z.string() }),
});

export const OrganizationMoved = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'moved',
  version: 1,
  schema: z.object({
    ...base,
    previousParentId: z.uuid().nullable(),
    /** Why: a re-parent decision, or the children carried along by a merger / split / dissolution. */
    reason: z.enum(['reparent', 'merger', 'split', 'dissolution']),
  }),
});

/** Ended by merging into `intoOrgId`. */
export const OrganizationMerged = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'merged',
  version: 1,
  schema: z.object({ ...base, intoOrgId: z.uuid() }),
});

/** Ended by splitting into `intoOrgIds`. */
export const OrganizationSplit = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'split',
  version: 1,
  schema: z.object({ ...base, intoOrgIds: z.array(z.uuid()) }),
});

/** Giải thể. `withOrgId`: dissolved together with that ancestor by the same decision. */
export const OrganizationDissolved = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'dissolved',
  version: 1,
  schema: z.object({ ...base, withOrgId: z.uuid().nullable() }),
});

/**
 * Bàn giao: left the bloc for another superior committee with its members (not a transfer).
 * `withOrgId`: handed over as part of that ancestor's subtree.
 */
export const OrganizationHandedOver = defineEvent({
  service: 'membership',
  aggregate: 'organization',
  name: 'handedOver',
  version: 1,
  schema: z.object({ ...base, toCommittee: z.string(), withOrgId: z.uuid().nullable() }),
});

export const ORGANIZATION_EVENTS = [
  OrganizationEstablished,
  OrganizationHandedIn,
  OrganizationRenamed,
  OrganizationMoved,
  OrganizationMerged,
  OrganizationSplit,
  OrganizationDissolved,
  OrganizationHandedOver,
] as const;
