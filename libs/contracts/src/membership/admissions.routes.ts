import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { localDate } from '../local-date';
import { defineRoute } from '../routes/define-route';
import { listQuery, paged } from '../routes/conventions';
import { admitSchema, ceremonyBody } from './member-commands';
import { dateSchema, nullableDateSchema, personViewSchema, ruleFindingSchema } from './views';

/** Kết nạp đảng viên: the decision, the ceremony, and the deadlines between them. */
const DEADLINE_STATUSES = ['due', 'overdue'] as const;
const DEADLINE_STAGES = ['decision', 'ceremony'] as const;
const deadlineStatus = z.enum(['on_time', 'due', 'overdue']);

export const admissionDeadlineSchema = z
  .object({
    stage: z.enum(DEADLINE_STAGES),
    candidateId: z.uuid().nullable(),
    personId: z.uuid(),
    fullName: z.string(),
    orgId: z.uuid(),
    /** The resolution (decision stage) or the decision (ceremony stage) the deadline counts from. */
    from: dateSchema,
    workingDays: z.number().int(),
    deadline: dateSchema,
    status: z.enum(DEADLINE_STATUSES),
    regulation: z.string(),
  })
  .meta({ id: 'AdmissionDeadline' });

export const ADMISSION_ROUTES = {
  admit: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'admissions',
    pattern: 'membership.member.admit',
    permission: 'members:write',
    tag: 'admissions',
    summary: 'Quyết định kết nạp (kiểm tra điều kiện tại ngày chi bộ xét) / Admit a candidate (conditions checked on the vote date)',
    description:
      'Refused as a whole (422 with every violation and its regulation), nothing written. Every condition is judged on the vote date: the background verification concluded by then; each introducer an official member that day, whatever happened to them afterwards (refusals name them). `id` is the person, now a probationary member.',
    body: admitSchema,
    status: 201,
    response: z.object({
      id: z.uuid(),
      person: personViewSchema,
      needsHigherApproval: z.boolean(),
      warnings: z.array(ruleFindingSchema),
      certificate: z.object({ certificateNumber: z.string(), issuedOn: dateSchema }).nullable(),
      deadlines: z.object({
        decisionDeadline: dateSchema,
        decisionStatus: deadlineStatus.nullable(),
        ceremonyDeadline: nullableDateSchema,
        ceremonyStatus: deadlineStatus.nullable(),
        regulations: z.array(z.string()),
      }),
    }),
    examples: { body: { candidateId: '0192f0a4-3b1c-7d2e-8f00-1a2b3c4d5e6f', voteDate: '2024-01-15', decisionDate: '2024-01-25', decisionNumber: '125-QĐ/ĐUK', ceremonyDate: null } },
  }),
  deadlines: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'admissions/deadlines',
    pattern: 'membership.admission.deadlines',
    permission: 'members:read',
    tag: 'admissions',
    summary: 'Quyết định và lễ kết nạp đến hạn, quá hạn (ngày làm việc) / Admission decisions and ceremonies due or overdue',
    description:
      'Decisions within 60 working days of the chi bộ resolution, ceremonies within 30 of the decision, not yet done on `asOf`. A secretary sees their own subtree; `orgId` narrows to an organization and its subtree.',
    query: z.strictObject({
      asOf: localDate.optional(),
      orgId: z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional(),
      stage: z.enum(DEADLINE_STAGES, { message: bilingual('Bước là decision hoặc ceremony', 'Stage is decision or ceremony') }).optional(),
      status: z.enum(DEADLINE_STATUSES, { message: bilingual('Trạng thái là due hoặc overdue', 'Status is due or overdue') }).optional(),
      ...listQuery(['deadline', 'fullName']),
    }),
    response: paged(admissionDeadlineSchema).extend({ asOf: dateSchema }),
  }),
  recordCeremony: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'admissions/:personId/ceremony',
    pattern: 'membership.member.recordCeremony',
    permission: 'members:write',
    tag: 'admissions',
    summary: 'Lễ kết nạp (thời gian dự bị tính từ ngày này) / The admission ceremony (probation counts from it)',
    params: z.strictObject({ personId: z.uuid({ message: bilingual('Mã người không hợp lệ', 'Invalid person id') }) }),
    body: ceremonyBody,
    // unnamed: nestjs-zod renders a route's named root differently from the `Person` component
    response: personViewSchema.extend({}),
  }),
};

export type AdmissionDeadlineView = z.infer<typeof admissionDeadlineSchema>;
