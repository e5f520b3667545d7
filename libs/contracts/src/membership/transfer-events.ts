import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';
import { orgKindSchema } from './organization-kinds';
import { TRANSFER_KINDS } from './transfer-commands';

/**
 * Transfers of party activity. Each carries `kind` (out | in | internal | temporary), both ends
 * and the person; the envelope's orgId is the end inside the bloc that the event concerns (the
 * source for `departed`, the destination for `arrived`; for `completed` the destination, or the
 * source of an out-of-bloc transfer).
 */
const transfer = {
  transferId: z.uuid(),
  personId: z.uuid(),
  orgId: z.uuid(),
  kind: z.enum(TRANSFER_KINDS),
  fromOrgId: z.uuid().nullable(),
  fromCommittee: z.string().nullable(),
  toOrgId: z.uuid().nullable(),
  toCommittee: z.string().nullable(),
  letterNumber: z.string(),
};

/** The member left the source (occurredOn = departure / letter date). */
export const TransferDeparted = defineEvent({
  service: 'membership',
  aggregate: 'transfer',
  name: 'departed',
  version: 1,
  schema: z.object({ ...transfer, departedOn: localDate, untilOn: localDate.nullable() }),
});

/** The member presented the letter at the destination (occurredOn = arrival). */
export const TransferArrived = defineEvent({
  service: 'membership',
  aggregate: 'transfer',
  name: 'arrived',
  version: 1,
  schema: z.object({ ...transfer, arrivedOn: localDate }),
});

/**
 * The transfer took effect (occurredOn = effective date: arrival for internal and in, the letter
 * date for out, the start for temporary). Reporting counts transfers.out / in / internal by it.
 */
export const TransferCompleted = defineEvent({
  service: 'membership',
  aggregate: 'transfer',
  name: 'completed',
  version: 1,
  schema: z.object({ ...transfer, effectiveOn: localDate, toOrgKind: orgKindSchema.nullable(), fromOrgKind: orgKindSchema.nullable() }),
});
