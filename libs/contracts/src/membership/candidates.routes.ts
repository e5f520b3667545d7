import { z } from 'zod';
import { bilingual } from '../errors/validate';
import type { Permission } from '../auth/roles';
import { defineRoute } from '../routes/define-route';
import { listQuery, paged } from '../routes/conventions';
import { introducersBody, nominateCandidateSchema, resolutionBody, sympathizerBody, vettingBody } from './member-commands';
import { dateSchema, nullableDateSchema } from './views';

/** Quần chúng ưu tú on the way to admission: nomination, sympathizer list and mentor, vetting, introducers, chi bộ resolution. */
export const CANDIDATE_STATUSES = ['inPipeline', 'admitted'] as const;

/** The furthest step recorded (steps may be recorded out of order; `admitted` once the decision is made). */
export const CANDIDATE_STAGES = ['nominated', 'sympathizer', 'vetting', 'introducers', 'resolution', 'admitted'] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

const candidateParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã quần chúng không hợp lệ', 'Invalid candidate id') }) });
const orgFilter = z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional();

/** A route's answer, never a named component itself: nestjs-zod renders a named root differently from its component. */
export const candidateViewSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  orgId: z.uuid(),
  status: z.enum(CANDIDATE_STATUSES),
  stage: z.enum(CANDIDATE_STAGES),
  nominatedBy: z.string(),
  nominatedOn: dateSchema,
  sympathizerListedOn: nullableDateSchema,
  mentorPersonId: z.uuid().nullable(),
  /**
   * Thẩm tra lý lịch, only for a caller with `vetting:read`: absent otherwise (null = not recorded).
   * The stage still says the step was reached, so the board can place the candidate.
   */
  vettingStatus: z.enum(['pending', 'concluded']).nullable().optional(),
  vettingConcludedOn: nullableDateSchema.optional(),
  introducers: z.array(
    z.object({
      kind: z.enum(['party_member', 'youth_union_committee', 'trade_union_committee']),
      personId: z.uuid().nullable(),
      togetherSince: nullableDateSchema,
      organization: z.string().nullable(),
    }),
  ),
  resolution: z
    .object({ voteDate: dateSchema, resolutionNumber: z.string().nullable(), officialMembers: z.number().int().nullable(), votesFor: z.number().int().nullable() })
    .nullable(),
});

/** A candidate with what the pipeline board shows of their person (the decision and the ceremony live on the person). */
export const candidateSummarySchema = candidateViewSchema
  .extend({ fullName: z.string(), dateOfBirth: dateSchema, admissionDecisionDate: nullableDateSchema, ceremonyDate: nullableDateSchema })
  .meta({ id: 'CandidateSummary' });

/** Of the admitted: the ceremony still to hold (`pending`) or held (`held`). */
export const CANDIDATE_CEREMONY_FILTER = ['pending', 'held'] as const;

const step = <B extends z.ZodType>(path: string, pattern: string, summary: string, body: B, description?: string, permission: Permission = 'members:write') =>
  defineRoute({
    service: 'membership',
    method: 'POST',
    path: `candidates/:id/${path}`,
    pattern: `membership.candidate.${pattern}`,
    permission,
    tag: 'candidates',
    summary,
    description,
    params: candidateParams,
    body,
    response: candidateViewSchema,
  });

export const CANDIDATE_ROUTES = {
  list: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'candidates',
    pattern: 'membership.candidate.list',
    permission: 'members:read',
    tag: 'candidates',
    summary: 'Danh sách quần chúng theo bước (giới thiệu, cảm tình Đảng, thẩm tra, người giới thiệu, nghị quyết) / Candidates by stage',
    description:
      'A secretary sees their own subtree; `orgId` narrows to an organization and its subtree. `stage` is the furthest step recorded; `ceremony` keeps the admitted whose ceremony is still to hold (`pending`) or held (`held`); `q` searches the name.',
    query: z.strictObject({
      orgId: orgFilter,
      stage: z.enum(CANDIDATE_STAGES, { message: bilingual(`Bước phải là một trong: ${CANDIDATE_STAGES.join(', ')}`, `Stage must be one of: ${CANDIDATE_STAGES.join(', ')}`) }).optional(),
      status: z.enum(CANDIDATE_STATUSES, { message: bilingual('Trạng thái là inPipeline hoặc admitted', 'Status is inPipeline or admitted') }).optional(),
      /** A name, any diacritics and case (`nguyen van an`). */
      q: z.string().trim().max(120).optional(),
      ceremony: z.enum(CANDIDATE_CEREMONY_FILTER, { message: bilingual('Lễ kết nạp là pending hoặc held', 'Ceremony is pending or held') }).optional(),
      ...listQuery(['nominatedOn', 'fullName', 'ceremonyDate']),
    }),
    response: paged(candidateSummarySchema),
  }),
  nominate: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'candidates',
    pattern: 'membership.candidate.nominate',
    permission: 'members:write',
    tag: 'candidates',
    summary: 'Đoàn thể giới thiệu quần chúng ưu tú / Nominate a candidate',
    body: nominateCandidateSchema,
    response: candidateViewSchema,
    status: 201,
    examples: { body: { personId: '0192f0a4-3b1c-7d2e-8f00-1a2b3c4d5e6f', nominatedBy: 'youth-union', nominatedOn: '2024-01-10' } },
  }),
  get: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'candidates/:id',
    pattern: 'membership.candidate.get',
    permission: 'members:read',
    tag: 'candidates',
    summary: 'Hồ sơ quần chúng / A candidate',
    description: 'With the person\'s name and date of birth, and once admitted their decision and ceremony dates.',
    params: candidateParams,
    // unnamed: nestjs-zod renders a route's named root differently from the `CandidateSummary` component
    response: candidateSummarySchema.extend({}),
  }),
  listSympathizer: step('sympathizer', 'listSympathizer', 'Vào danh sách cảm tình Đảng, phân công đảng viên giúp đỡ / Sympathizer list and mentor', sympathizerBody),
  recordVetting: step(
    'vetting',
    'recordVetting',
    'Thẩm tra lý lịch / Political vetting',
    vettingBody,
    'Only with `vetting:write` (the Organization Board): the vetting of a candidate is confidential, as the issue on security asks, although the chi bộ carries it out in practice.',
    'vetting:write',
  ),
  recordIntroducers: step('introducers', 'recordIntroducers', 'Người giới thiệu / Introducers', introducersBody),
  recordResolution: step(
    'resolution',
    'recordResolution',
    'Nghị quyết chi bộ đề nghị kết nạp / Chi bộ resolution',
    resolutionBody,
    'Refused (422, naming the regulation) unless the background verification (thẩm tra lý lịch) was concluded on or before the vote date.',
  ),
};
