import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';

/** A badge awarded: occurredOn = the occasion (3/2, 19/5, 2/9, 7/11); reporting counts badges.awarded.{level}. */
export const BadgeAwarded = defineEvent({
  service: 'membership',
  aggregate: 'badge',
  name: 'awarded',
  version: 1,
  schema: z.object({
    personId: z.uuid(),
    orgId: z.uuid(),
    level: z.number().int(),
    occasion: localDate,
    decisionNumber: z.string(),
    basis: z.enum(['regular', 'seriouslyIll', 'posthumous']),
    /** Copied from the paper books: awarded before the encoded regulation, not judged by it (absent = judged). */
    recordedAsHistory: z.boolean().optional(),
  }),
});

/** An early (seriously ill) or posthumous case recorded for the badge review (occurredOn = its date). */
export const BadgeCaseRecorded = defineEvent({
  service: 'membership',
  aggregate: 'badge',
  name: 'caseRecorded',
  version: 1,
  schema: z.object({ personId: z.uuid(), orgId: z.uuid(), seriouslyIllSince: localDate.nullable(), diedOn: localDate.nullable() }),
});
