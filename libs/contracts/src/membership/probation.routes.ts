import { z } from 'zod';
import { localDate } from '../local-date';
import { defineRoute } from '../routes/define-route';
import { listQuery, paged } from '../routes/conventions';
import { bilingual } from '../errors/validate';
import { MEMBERSHIP_STATUSES } from './member-commands';
import { convertBody, removeFromProbationBody } from './member-lifecycle';
import { dateSchema, nullableDateSchema, personViewSchema, ruleFindingSchema } from './views';

/** Thời kỳ dự bị: the reviews due, conversion to official, removal from the probationary list, party age. */
const personParams = z.strictObject({ personId: z.uuid({ message: bilingual('Mã người không hợp lệ', 'Invalid person id') }) });
const orgFilter = z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional();

export const probationReviewSchema = z
  .object({
    personId: z.uuid(),
    fullName: z.string(),
    orgId: z.uuid(),
    /** The organization's name on `asOf` (the one it ended with, when it no longer exists). */
    orgName: z.string(),
    ceremonyDate: dateSchema,
    probationEnds: dateSchema,
    officialDate: dateSchema,
    reviewDeadline: dateSchema,
    workingDays: z.number().int(),
    status: z.enum(['due', 'overdue']),
    regulation: z.string(),
  })
  .meta({ id: 'ProbationReview' });

export const PROBATION_ROUTES = {
  reviews: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'probation/reviews',
    pattern: 'membership.probation.reviews',
    permission: 'members:read',
    tag: 'probation',
    summary: 'Đảng viên dự bị đến hạn, quá hạn xét chính thức (30 ngày làm việc) / Probation reviews due or overdue',
    description: 'A secretary sees their own subtree; `orgId` narrows to an organization and its subtree.',
    query: z.strictObject({ asOf: localDate.optional(), orgId: orgFilter, status: z.enum(['due', 'overdue']).optional(), ...listQuery(['reviewDeadline', 'fullName']) }),
    response: paged(probationReviewSchema).extend({ asOf: dateSchema }),
  }),
  convert: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'probation/:personId/convert',
    pattern: 'membership.probation.convert',
    permission: 'members:write',
    tag: 'probation',
    summary: 'Công nhận đảng viên chính thức (ngày chính thức = lễ kết nạp + 12 tháng) / Convert to official (official on ceremony + 12 months)',
    params: personParams,
    body: convertBody,
    response: z.object({
      person: personViewSchema,
      officialDate: dateSchema,
      reviewDeadline: dateSchema,
      reviewStatus: z.enum(['on_time', 'overdue']),
      warnings: z.array(ruleFindingSchema),
      certificate: z.object({ certificateNumber: z.string().optional(), issuedOn: z.string().optional() }),
    }),
    examples: { body: { meetingDate: '2023-12-20', decisionDate: '2023-12-28', decisionNumber: '1234-QĐ/ĐUK' } },
  }),
  removeFromProbation: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'probation/:personId/remove',
    pattern: 'membership.probation.remove',
    permission: 'members:write',
    tag: 'probation',
    summary: 'Xóa tên khỏi danh sách đảng viên dự bị / Strike off the probationary list',
    params: personParams,
    body: removeFromProbationBody,
    response: personViewSchema.extend({ endedOn: nullableDateSchema }),
  }),
  partyAge: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'members/:id/party-age',
    pattern: 'membership.member.partyAge',
    permission: 'members:read',
    tag: 'probation',
    summary: 'Tuổi đảng tại một ngày / Party age as of a date',
    params: z.strictObject({ id: personParams.shape.personId }),
    query: z.strictObject({ asOf: localDate.optional() }),
    response: z.object({
      personId: z.uuid(),
      asOf: dateSchema,
      status: z.enum(MEMBERSHIP_STATUSES),
      admissionDecisionDate: dateSchema,
      officialDate: nullableDateSchema,
      official: z.boolean(),
      days: z.number().int(),
      fullYears: z.number().int(),
      interruptedDays: z.number().int(),
      effectiveStart: dateSchema,
      interruptions: z.array(z.object({ from: dateSchema, to: dateSchema })),
      regulation: z.string(),
    }),
  }),
};
