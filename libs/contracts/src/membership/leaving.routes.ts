import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { localDate } from '../local-date';
import { listQuery, paged } from '../routes/conventions';
import { defineRoute } from '../routes/define-route';
import { deathNoticeBody, diedBody, exemptBody, leaveBody, strikeOffBody } from './member-lifecycle';
import { dateSchema, nullableDateSchema, personViewSchema } from './views';

/** Leaving the Party (xóa tên, cho ra khỏi Đảng, từ trần) and exemption from activities (miễn sinh hoạt). */
const memberParams = z.strictObject({ id: z.uuid({ message: bilingual('Mã người không hợp lệ', 'Invalid person id') }) });

/** A member with how their membership ended (null while active) and any exemption. */
export const leavingRecordSchema = personViewSchema.extend({
  endedOn: nullableDateSchema,
  endReason: z.string().nullable(),
  endDecisionNumber: z.string().nullable(),
  deathNoticeSentOn: nullableDateSchema,
  exemptFrom: nullableDateSchema,
  exemptTo: nullableDateSchema,
});

export const deathNoticeSchema = z
  .object({
    personId: z.uuid(),
    fullName: z.string(),
    orgId: z.uuid(),
    /** The organization's name on `asOf` (the one it ended with, when it no longer exists). */
    orgName: z.string(),
    dateOfDeath: dateSchema,
    workingDays: z.number().int(),
    deadline: dateSchema,
    status: z.enum(['due', 'overdue']),
    regulation: z.string(),
  })
  .meta({ id: 'DeathNotice' });
export type DeathNoticeView = z.input<typeof deathNoticeSchema>;

const memberCommand = { service: 'membership', method: 'POST', permission: 'members:write', tag: 'leaving', params: memberParams } as const;

export const LEAVING_ROUTES = {
  strikeOffReasons: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'leaving/strike-off-reasons',
    pattern: 'membership.leaving.strikeOffReasons',
    permission: 'members:read',
    tag: 'leaving',
    summary: 'Danh mục lý do xóa tên / Strike-off reasons',
    response: z.array(z.object({ code: z.string(), vi: z.string(), en: z.string() }).meta({ id: 'StrikeOffReason' })),
  }),
  deathNotices: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'deaths/notices',
    pattern: 'membership.death.notices',
    permission: 'members:read',
    tag: 'leaving',
    summary: 'Thông báo đảng viên từ trần đến hạn, quá hạn / Death notices due or overdue',
    description: 'Deaths whose notice is not sent by `asOf`. A secretary sees their own subtree; `orgId` narrows to an organization and its subtree.',
    query: z.strictObject({
      asOf: localDate.optional(),
      orgId: z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional(),
      status: z.enum(['due', 'overdue']).optional(),
      ...listQuery(['deadline', 'fullName']),
    }),
    response: paged(deathNoticeSchema).extend({ asOf: dateSchema }),
  }),
  strikeOff: defineRoute({
    ...memberCommand,
    path: 'members/:id/strike-off',
    pattern: 'membership.member.strikeOff',
    summary: 'Xóa tên (lý do theo danh mục) / Strike off (reason from the code list)',
    body: strikeOffBody,
    response: leavingRecordSchema,
    examples: { body: { decisionDate: '2024-05-10', decisionNumber: '12-QĐ/ĐU', reason: 'absent-3-months' } },
  }),
  leave: defineRoute({
    ...memberCommand,
    path: 'members/:id/leave',
    pattern: 'membership.member.leave',
    summary: 'Cho ra khỏi Đảng (tự nguyện, không có vi phạm) / Allowed to leave (voluntary, without violations)',
    description: 'Refused (422, every reason listed) while the Inspection Committee’s facts show an open case, a pending complaint or a discipline in force on the decision date, or when the chi bộ declares violations.',
    body: leaveBody,
    response: leavingRecordSchema,
  }),
  died: defineRoute({
    ...memberCommand,
    path: 'members/:id/death',
    pattern: 'membership.member.died',
    summary: 'Đảng viên từ trần (thông báo trong 30 ngày làm việc) / A member died (notice within 30 working days)',
    body: diedBody,
    response: leavingRecordSchema.extend({ noticeDeadline: dateSchema }),
  }),
  deathNotice: defineRoute({
    ...memberCommand,
    path: 'deaths/:id/notice',
    pattern: 'membership.member.deathNotice',
    summary: 'Đã gửi thông báo, hồ sơ đảng viên từ trần / The death notice was sent up',
    body: deathNoticeBody,
    response: leavingRecordSchema.extend({ noticeDeadline: dateSchema, onTime: z.boolean() }),
  }),
  exempt: defineRoute({
    ...memberCommand,
    path: 'members/:id/exemption',
    pattern: 'membership.member.exempt',
    summary: 'Miễn sinh hoạt (từ ngày – đến ngày) / Exemption from activities',
    body: exemptBody,
    response: leavingRecordSchema,
  }),
};
