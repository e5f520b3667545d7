import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { defineEvent } from '../events/define-event';
import { factDate } from '../fact-date';
import { localDate } from '../local-date';
import { approvalInput } from './approval';
import { personFields } from './member-commands';

/**
 * Đính chính thông tin nhân thân: a person's identity as recorded was wrong (a misspelt name, a
 * wrong birth date or citizen ID). Changed only with an approval, before and after kept in the
 * audit and the event. Changes that happen in life (education, position) are not corrections.
 */
export const CORRECTABLE_PERSON_FIELDS = ['fullName', 'dateOfBirth', 'gender', 'citizenId', 'ethnicity', 'religion', 'hometown'] as const;
export type CorrectablePersonField = (typeof CORRECTABLE_PERSON_FIELDS)[number];

const changes = z
  .strictObject(
    {
      fullName: personFields.fullName.optional(),
      dateOfBirth: factDate.optional(),
      gender: personFields.gender.optional(),
      citizenId: personFields.citizenId.optional(),
      ethnicity: personFields.ethnicity.optional(),
      religion: personFields.religion.optional(),
      hometown: personFields.hometown.optional(),
    },
    { message: bilingual(`Chỉ đính chính được: ${CORRECTABLE_PERSON_FIELDS.join(', ')}`, `Only these can be corrected: ${CORRECTABLE_PERSON_FIELDS.join(', ')}`) },
  )
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: bilingual('Cần ít nhất một thông tin đính chính', 'At least one change is required') });

const shape = {
  changes,
  reason: z
    .string({ message: bilingual('Vui lòng nhập lý do đính chính', 'Reason is required') })
    .trim()
    .min(1, bilingual('Vui lòng nhập lý do đính chính', 'Reason is required'))
    .max(500, bilingual('Lý do: tối đa 500 ký tự', 'Reason: at most 500 characters')),
  approval: approvalInput,
};
export const personCorrectionBody = z.strictObject(shape);

/** Identity values before or after a correction: only the changed fields. */
export const identityValues = z.object({
  fullName: z.string().optional(),
  dateOfBirth: localDate.optional(),
  gender: z.string().optional(),
  citizenId: z.string().optional(),
  ethnicity: z.string().optional(),
  religion: z.string().optional(),
  hometown: z.string().optional(),
});

/**
 * Identity fields corrected: only the changed fields, before and after (consumers holding a copy
 * of the name or citizen ID replace it). occurredOn = the approval date.
 */
export const PersonCorrected = defineEvent({
  service: 'membership',
  aggregate: 'person',
  name: 'corrected',
  version: 1,
  schema: z.object({
    personId: z.uuid(),
    orgId: z.uuid(),
    changed: z.array(z.enum(CORRECTABLE_PERSON_FIELDS)),
    before: identityValues,
    after: identityValues,
    approvalDecisionNumber: z.string(),
    approvedOn: localDate,
  }),
});
