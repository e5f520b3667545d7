import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { localDate } from '../local-date';
import { listQuery, paged } from '../routes/conventions';
import { defineRoute } from '../routes/define-route';
import { arriveBody, followUpBody, headcountQuery, hopBody, startInternalSchema, startTemporarySchema, TRANSFER_KINDS, transferId, transferInSchema, transferOutSchema } from './transfer-commands';
import { dateSchema, nullableDateSchema } from './views';

/** Chuyển sinh hoạt đảng: official (out, in, internal with its in-transit state) and temporary; the deadlines; the headcount. */
const orgFilter = z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional();
const transferParams = z.strictObject({ id: transferId });
const bilingualText = z.object({ vi: z.string(), en: z.string() });

export const transferHopSchema = z
  .object({ box: z.number().int(), viaOrgId: z.uuid().nullable(), viaCommittee: z.string().nullable(), receivedOn: dateSchema })
  .meta({ id: 'TransferHop' });

/** One transfer as a route answers it (a route's own response carries no component id: it would refer to itself). */
const transferObject = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  fullName: z.string(),
  kind: z.enum(TRANSFER_KINDS),
  status: z.enum(['inTransit', 'completed']),
  fromOrgId: z.uuid().nullable(),
  fromCommittee: z.string().nullable(),
  toOrgId: z.uuid().nullable(),
  toCommittee: z.string().nullable(),
  letterNumber: z.string(),
  departedOn: dateSchema,
  arrivedOn: nullableDateSchema,
  effectiveOn: nullableDateSchema,
  purpose: z.string().nullable(),
  untilOn: nullableDateSchema,
  hops: z.array(transferHopSchema),
  activityStartedOn: nullableDateSchema,
  dossierReceivedOn: nullableDateSchema,
});
/** A transfer inside a list, the `Transfer` component. */
export const transferViewSchema = transferObject.meta({ id: 'Transfer' });
export type TransferView = z.input<typeof transferViewSchema>;

export const transferDeadlineSchema = z
  .object({
    stage: z.enum(['presentLetter', 'startActivity']),
    transferId: z.uuid(),
    personId: z.uuid(),
    fullName: z.string(),
    kind: z.enum(TRANSFER_KINDS),
    toOrgId: z.uuid().nullable(),
    from: dateSchema,
    workingDays: z.number().int(),
    deadline: dateSchema,
    status: z.enum(['due', 'overdue']),
    regulation: z.string(),
  })
  .meta({ id: 'TransferDeadline' });
export type TransferDeadlineView = z.input<typeof transferDeadlineSchema>;

export const missingDossierSchema = z
  .object({
    transferId: z.uuid(),
    personId: z.uuid(),
    fullName: z.string(),
    toOrgId: z.uuid().nullable(),
    fromCommittee: z.string().nullable(),
    arrivedOn: dateSchema,
    monthsWaiting: z.number().int(),
  })
  .meta({ id: 'MissingTransferDossier' });
export type MissingDossierView = z.input<typeof missingDossierSchema>;

/**
 * What a transfer is in the list: on its way, arrived at an organization of the bloc, done (any
 * kind), or late on a deadline (letter not presented in 30 working days, activity not started in 60).
 */
export const TRANSFER_STATES = ['inTransit', 'arrived', 'completed', 'overdue'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

const worklistQuery = { asOf: localDate.optional(), orgId: orgFilter };
const scopeNote = 'A secretary sees their own subtree; `orgId` narrows to an organization and its subtree (either end of the transfer).';

/** Static paths before `transfers/:id`: the gateway registers the routes in this order. */
export const TRANSFER_ROUTES = {
  headcount: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'members/headcount',
    pattern: 'membership.member.headcount',
    permission: 'members:read',
    tag: 'transfers',
    summary: 'Số đảng viên của tổ chức tại một ngày (người đang chuyển được tính đúng một lần) / Members counted in an organization on a date (in transit counted exactly once)',
    description: 'Without `orgId`: the caller’s scope, or the whole bloc.',
    query: headcountQuery,
    response: z
      .object({
        orgId: z.uuid().nullable(),
        asOf: dateSchema,
        total: z.number().int(),
        byOrg: z.array(z.object({ orgId: z.uuid(), count: z.number().int() })),
        /** Members in transit from inside: counted at their source, included in `total`. */
        inTransitCountedAtSource: z.number().int(),
        /** Members temporarily hosted inside: not in `total` (counted at home). */
        temporaryHostedNotCounted: z.number().int(),
        rule: bilingualText,
      }),
  }),
  list: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'transfers',
    pattern: 'membership.transfer.list',
    permission: 'members:read',
    tag: 'transfers',
    summary: 'Danh sách chuyển sinh hoạt theo trạng thái (đang trên đường, đã đến, quá hạn…) / Transfers by state (in transit, arrived, overdue…)',
    description: `${scopeNote} \`asOf\` (default today) dates the scope and the overdue check.`,
    query: z.strictObject({
      ...worklistQuery,
      state: z.enum(TRANSFER_STATES, { message: bilingual(`Trạng thái: ${TRANSFER_STATES.join(', ')}`, `State: one of ${TRANSFER_STATES.join(', ')}`) }).optional(),
      kind: z.enum(TRANSFER_KINDS, { message: bilingual(`Loại: ${TRANSFER_KINDS.join(', ')}`, `Kind: one of ${TRANSFER_KINDS.join(', ')}`) }).optional(),
      personId: z.uuid({ message: bilingual('Mã người không hợp lệ', 'Invalid person id') }).optional(),
      ...listQuery(['departedOn', 'effectiveOn', 'fullName']),
    }),
    response: paged(transferViewSchema).extend({ asOf: dateSchema }),
  }),
  deadlines: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'transfers/deadlines',
    pattern: 'membership.transfer.deadlines',
    permission: 'members:read',
    tag: 'transfers',
    summary: 'Xuất trình giấy giới thiệu (30 ngày làm việc), bắt đầu sinh hoạt (60) đến hạn, quá hạn / Letter and activity deadlines due or overdue',
    description: scopeNote,
    query: z.strictObject({
      ...worklistQuery,
      status: z.enum(['due', 'overdue']).optional(),
      stage: z.enum(['presentLetter', 'startActivity']).optional(),
      ...listQuery(['deadline', 'fullName']),
    }),
    response: paged(transferDeadlineSchema).extend({ asOf: dateSchema }),
  }),
  missingDossiers: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'transfers/missing-dossiers',
    pattern: 'membership.transfer.missingDossiers',
    permission: 'members:read',
    tag: 'transfers',
    summary: 'Đảng viên chuyển đến quá 3 tháng chưa nộp hồ sơ / Transferred in, dossier missing after 3 months',
    description: scopeNote,
    query: z.strictObject({ ...worklistQuery, ...listQuery(['arrivedOn', 'fullName']) }),
    response: paged(missingDossierSchema).extend({ asOf: dateSchema, arrivedOnOrBefore: dateSchema, regulation: z.string() }),
  }),
  transferOut: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'transfers/out',
    pattern: 'membership.transfer.out',
    permission: 'members:write',
    tag: 'transfers',
    summary: 'Chuyển sinh hoạt ra ngoài Đảng bộ Khối (hiệu lực ngày ký giấy giới thiệu) / Transfer out of the bloc (effective on the letter date)',
    body: transferOutSchema,
    response: transferObject,
    status: 201,
  }),
  transferIn: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'transfers/in',
    pattern: 'membership.transfer.in',
    permission: 'members:write',
    tag: 'transfers',
    summary: 'Tiếp nhận đảng viên chuyển đến (hiệu lực ngày tiếp nhận) / Transfer into the bloc (effective on arrival)',
    description: 'A person already known here (`personId`) or a new record (`person`); the answer names the person in `personId`.',
    body: transferInSchema,
    response: transferObject,
    status: 201,
  }),
  startInternal: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'transfers/internal',
    pattern: 'membership.transfer.startInternal',
    permission: 'members:write',
    tag: 'transfers',
    summary: 'Chuyển sinh hoạt nội bộ: rời nơi đi, đang trên đường / Internal transfer: departure, in transit',
    body: startInternalSchema,
    response: transferObject,
    status: 201,
    examples: { body: { personId: '0190a1b2-0000-7000-8000-000000000001', toOrgId: '0190a1b2-0000-7000-8000-000000000002', letterNumber: '125-GGT/ĐUK', departedOn: '2024-03-01' } },
  }),
  startTemporary: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'transfers/temporary',
    pattern: 'membership.transfer.startTemporary',
    permission: 'members:write',
    tag: 'transfers',
    summary: 'Chuyển sinh hoạt tạm thời (3 tháng – 1 năm; học tập đến 2 năm) / Temporary transfer',
    body: startTemporarySchema,
    response: transferObject,
    status: 201,
  }),
  get: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'transfers/:id',
    pattern: 'membership.transfer.get',
    permission: 'members:read',
    tag: 'transfers',
    summary: 'Một lần chuyển sinh hoạt với các ô của giấy giới thiệu / A transfer with its letter boxes',
    params: transferParams,
    response: transferObject,
  }),
  recordHop: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'transfers/:id/hops',
    pattern: 'membership.transfer.recordHop',
    permission: 'members:write',
    tag: 'transfers',
    summary: 'Một ô của giấy giới thiệu "10 ô" (cấp ủy chuyển tiếp) / A box of the 10-box letter',
    params: transferParams,
    body: hopBody,
    response: transferObject,
  }),
  arrive: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'transfers/:id/arrive',
    pattern: 'membership.transfer.arrive',
    permission: 'members:write',
    tag: 'transfers',
    summary: 'Đảng viên đến nơi mới, xuất trình giấy (hiệu lực ngày đến) / Arrival at the destination (effective that day)',
    params: transferParams,
    body: arriveBody,
    response: transferObject,
  }),
  followUp: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'transfers/:id/follow-up',
    pattern: 'membership.transfer.followUp',
    permission: 'members:write',
    tag: 'transfers',
    summary: 'Ngày bắt đầu sinh hoạt, ngày nhận hồ sơ / Activity started, dossier received',
    params: transferParams,
    body: followUpBody,
    response: transferObject,
  }),
};
