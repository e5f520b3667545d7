import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { localDate } from '../local-date';
import { listQuery, paged } from '../routes/conventions';
import { defineRoute } from '../routes/define-route';
import { badgeAwardBatchSchema, badgeAwardSchema, badgeCaseSchema, badgeLevel } from './badge-commands';
import { dateSchema, nullableDateSchema } from './views';

/** Huy hiệu Đảng: who is due on an occasion, recording awards, early and posthumous cases. */
const BADGE_BASES = ['regular', 'seriouslyIll', 'posthumous'] as const;

export const badgeCandidateSchema = z
  .object({
    personId: z.uuid(),
    fullName: z.string(),
    orgId: z.uuid(),
    admissionDecisionDate: dateSchema,
    level: z.number().int(),
    reachedOn: dateSchema,
    eligibleFrom: dateSchema,
    basis: z.enum(BADGE_BASES),
    status: z.enum(['due', 'held']),
    /** Why a discipline holds the level, and until when (null: until further notice). */
    hold: z.object({ reason: z.string(), until: nullableDateSchema }).nullable(),
  })
  .meta({ id: 'BadgeCandidate' });
export type BadgeCandidateView = z.input<typeof badgeCandidateSchema>;

/** One recorded award as the award routes answer it. */
const awardAnswer = z.object({
  id: z.uuid(),
  fullName: z.string(),
  personId: z.uuid(),
  orgId: z.uuid(),
  level: z.number().int(),
  occasion: dateSchema,
  decisionNumber: z.string(),
  basis: z.enum(BADGE_BASES),
  recordedAsHistory: z.boolean().optional(),
  regulation: z.string(),
});

export const BADGE_ROUTES = {
  eligible: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'badges/eligible',
    pattern: 'membership.badge.eligible',
    permission: 'members:read',
    tag: 'badges',
    summary: 'Đảng viên đủ điều kiện xét tặng Huy hiệu vào dịp 3/2, 19/5, 2/9, 7/11 / Members due a badge on an occasion',
    description: 'A secretary sees their own subtree; `orgId` narrows to an organization and its subtree. `byLevel` counts the levels due on every page.',
    query: z.strictObject({
      occasion: localDate,
      orgId: z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional(),
      level: badgeLevel.optional(),
      status: z.enum(['due', 'held']).optional(),
      ...listQuery(['level', 'fullName']),
    }),
    response: paged(badgeCandidateSchema).extend({
      occasion: dateSchema,
      name: z.object({ vi: z.string(), en: z.string() }),
      orgId: z.uuid().nullable(),
      regulation: z.string(),
      byLevel: z.record(z.string(), z.number().int()),
    }),
  }),
  award: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'badges/awards',
    pattern: 'membership.badge.award',
    permission: 'members:write',
    tag: 'badges',
    summary: 'Ghi nhận trao tặng Huy hiệu (mỗi mốc một lần) / Record a badge award (one per level)',
    description: 'An award before the encoded regulation is recorded as history from the books (`recordedAsHistory`), not judged by today’s rules.',
    body: badgeAwardSchema,
    status: 201,
    response: awardAnswer,
    examples: { body: { personId: '0190a1b2-0000-7000-8000-000000000001', level: 30, occasion: '2023-09-02', decisionNumber: '1234-QĐ/TU' } },
  }),
  awardBatch: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'badges/awards/batch',
    pattern: 'membership.badge.awardBatch',
    permission: 'members:write',
    tag: 'badges',
    summary: 'Ghi nhận một đợt trao tặng Huy hiệu theo một quyết định (tất cả hoặc không) / Record a round of awards under one decision (all or none)',
    description:
      'Every award is judged as `POST /badges/awards` judges it; when any is refused nothing is recorded and `fields` names each refused item (`awards.3.personId`) with the reason.',
    body: badgeAwardBatchSchema,
    status: 201,
    response: z.object({ occasion: dateSchema, decisionNumber: z.string(), count: z.number().int(), awards: z.array(awardAnswer) }),
    examples: {
      body: {
        occasion: '2023-09-02',
        decisionNumber: '1234-QĐ/TU',
        awards: [
          { personId: '0190a1b2-0000-7000-8000-000000000001', level: 30 },
          { personId: '0190a1b2-0000-7000-8000-000000000002', level: 40 },
        ],
      },
    },
  }),
  recordCase: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'badges/cases',
    pattern: 'membership.badge.recordCase',
    permission: 'members:write',
    tag: 'badges',
    summary: 'Trường hợp bệnh nặng (trao sớm) hoặc từ trần (truy tặng) / Seriously ill or posthumous case',
    description: 'One case a member: a second request completes it.',
    body: badgeCaseSchema,
    status: 201,
    response: z.object({ id: z.uuid(), personId: z.uuid(), seriouslyIllSince: nullableDateSchema, diedOn: nullableDateSchema, note: z.string().nullable() }),
  }),
};
