import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';

/**
 * Kỷ luật tổ chức đảng (Điều lệ Đảng, Điều 35: khiển trách, cảnh cáo, giải tán): a discipline of an
 * organization — of its committee as a body. Membership needs it for the annual rating: an
 * organization whose leadership was disciplined in the year cannot be rated above "not completed"
 * (Quy định 124-QĐ/TW; 366-QĐ/TW). Only ids, codes and dates travel, as for a member's discipline.
 */
export const ORG_DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'giai_tan'] as const;

/** occurredOn = decidedOn. */
export const OrgDisciplineDecided = defineEvent({
  service: 'inspection',
  aggregate: 'discipline',
  name: 'orgDecided',
  version: 1,
  schema: z.object({
    orgId: z.uuid(),
    decisionId: z.uuid(),
    level: z.enum(ORG_DISCIPLINE_LEVELS),
    decidedOn: localDate,
    decisionNumber: z.string().min(1),
    effectiveOn: localDate,
  }),
});

/** Annulled, or `replaced` by a lighter one (its own `orgDecided`, same dates). occurredOn = annulledOn. */
export const OrgDisciplineAnnulled = defineEvent({
  service: 'inspection',
  aggregate: 'discipline',
  name: 'orgAnnulled',
  version: 1,
  schema: z.object({
    orgId: z.uuid(),
    decisionId: z.uuid(),
    annulledOn: localDate,
    decisionNumber: z.string().min(1),
    reason: z.enum(['annulled', 'withdrawn', 'replaced']),
  }),
});
