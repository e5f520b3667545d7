import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { requiredText as text, optionalText } from '../fields';
import { defineEvent } from '../events/define-event';
import { factDate } from '../fact-date';
import { isLocalDate, localDate } from '../local-date';

/**
 * Probation and conversion, party age, party cards, leaving (struck off, left, died) and
 * exemption from activities: inputs and events (the routes are in `*.routes.ts`).
 */
const decisionNumber = text(64, 'số quyết định', 'Decision number');
const notAfter = (a: string | null | undefined, b: string | null | undefined) => !a || !b || !isLocalDate(a) || !isLocalDate(b) || a <= b;

// ----------------------------------------------------------------------------- probation

const convertShape = { meetingDate: factDate, decisionDate: factDate, decisionNumber };
const convertRefine = (v: { meetingDate: string; decisionDate: string }, ctx: z.RefinementCtx) => {
  if (!notAfter(v.meetingDate, v.decisionDate)) ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: bilingual('Ngày quyết định không thể trước ngày chi bộ xét', 'The decision cannot precede the chi bộ meeting') });
};
/** Công nhận đảng viên chính thức: the chi bộ meeting that reviewed the probation, the decision. */
export const convertBody = z.strictObject(convertShape).superRefine(convertRefine);

const removeShape = { meetingDate: factDate.nullish().transform((v) => v ?? null), decisionDate: factDate, decisionNumber, reason: text(500, 'lý do', 'Reason') };
/** Xóa tên khỏi danh sách đảng viên dự bị (not worthy of conversion). */
export const removeFromProbationBody = z.strictObject(removeShape);


export interface ProbationReviewView {
  personId: string;
  fullName: string;
  orgId: string;
  ceremonyDate: string;
  probationEnds: string;
  officialDate: string;
  reviewDeadline: string;
  workingDays: number;
  status: 'due' | 'overdue';
  regulation: string;
}

// ----------------------------------------------------------------------------- cards

export const CARD_REISSUE_REASONS = ['damaged', 'lost'] as const;
export type CardReissueReason = (typeof CARD_REISSUE_REASONS)[number];
/** Số thẻ đảng viên (the roster import and the existing-member registration use it too). */
export const partyCardNumber = z
  .string({ message: bilingual('Vui lòng nhập số thẻ đảng viên', 'Card number is required') })
  .trim()
  .regex(/^[0-9A-Za-z.\-/]{4,32}$/, { message: bilingual('Số thẻ đảng viên: 4–32 chữ số hoặc chữ cái', 'Card number: 4–32 letters or digits') });

const issueShape = { cardNumber: partyCardNumber, issuedOn: factDate, decisionNumber: optionalText(64) };
export const issueCardBody = z.strictObject(issueShape);
const reissueShape = {
  ...issueShape,
  reason: z.enum(CARD_REISSUE_REASONS, { message: bilingual('Lý do cấp lại: damaged (hỏng) hoặc lost (mất)', 'Reason must be damaged or lost') }),
};
export const reissueCardBody = z.strictObject(reissueShape);

// ----------------------------------------------------------------------------- leaving

/** Lý do xóa tên (a code list; `other` needs a note). */
export const STRIKE_OFF_REASONS = [
  { code: 'absent-3-months', vi: 'Bỏ sinh hoạt đảng hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng', en: 'Absent from party meetings or unpaid dues for 3 months in a year without reason' },
  { code: 'no-progress-12-months', vi: 'Giảm sút ý chí phấn đấu, không làm nhiệm vụ đảng viên 12 tháng', en: 'Twelve months without progress, not doing a member’s duties' },
  { code: 'violating-standards-2-years', vi: 'Hai năm liền vi phạm tư cách đảng viên (không hoàn thành nhiệm vụ)', en: 'Two years in a row violating member standards' },
  { code: 'other', vi: 'Lý do khác', en: 'Other' },
] as const;
export const STRIKE_OFF_REASON_CODES = STRIKE_OFF_REASONS.map((r) => r.code) as [string, ...string[]];

const strikeOffShape = {
  decisionDate: factDate,
  decisionNumber,
  reason: z.enum(STRIKE_OFF_REASON_CODES, { message: bilingual(`Lý do xóa tên phải là một trong: ${STRIKE_OFF_REASON_CODES.join(', ')}`, `Reason must be one of: ${STRIKE_OFF_REASON_CODES.join(', ')}`) }),
  note: optionalText(500),
};
const strikeOffRefine = (v: { reason: string; note: string | null }, ctx: z.RefinementCtx) => {
  if (v.reason === 'other' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: bilingual('Lý do khác: cần ghi rõ', 'Reason other: describe it') });
};
export const strikeOffBody = z.strictObject(strikeOffShape).superRefine(strikeOffRefine);

const leaveShape = {
  decisionDate: factDate,
  decisionNumber,
  /**
   * The chi bộ's own declaration that the member has violations (optional). Membership checks
   * the Inspection Committee's facts itself — under inspection, a pending denunciation or
   * complaint, a discipline decision in force on the decision date — and refuses (422) on any of
   * them; `true` here refuses too, `false` or absent adds nothing.
   */
  hasViolations: z.boolean({ message: bilingual('Khai báo vi phạm phải là true hoặc false', 'hasViolations must be true or false') }).optional(),
  reason: optionalText(500),
};
export const leaveBody = z.strictObject(leaveShape);

const diedShape = { dateOfDeath: factDate, noticeSentOn: factDate.nullish().transform((v) => v ?? null) };
const diedRefine = (v: { dateOfDeath: string; noticeSentOn: string | null }, ctx: z.RefinementCtx) => {
  if (!notAfter(v.dateOfDeath, v.noticeSentOn)) ctx.addIssue({ code: 'custom', path: ['noticeSentOn'], message: bilingual('Ngày gửi thông báo không thể trước ngày mất', 'The notice cannot precede the death') });
};
export const diedBody = z.strictObject(diedShape).superRefine(diedRefine);

export const deathNoticeBody = z.strictObject({ sentOn: factDate });

const exemptShape = { from: factDate, to: localDate.nullish().transform((v) => v ?? null), decisionNumber: optionalText(64), reason: optionalText(500) };
const exemptRefine = (v: { from: string; to: string | null }, ctx: z.RefinementCtx) => {
  if (!notAfter(v.from, v.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: bilingual('Ngày kết thúc miễn sinh hoạt phải từ ngày bắt đầu trở đi', 'The exemption cannot end before it starts') });
};
export const exemptBody = z.strictObject(exemptShape).superRefine(exemptRefine);

// ----------------------------------------------------------------------------- events

const who = { personId: z.uuid(), orgId: z.uuid() };

/** Công nhận chính thức. occurredOn = the official date (ceremony + 12 months), however late the decision. */
export const MemberMadeOfficial = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'madeOfficial',
  version: 1,
  schema: z.object({
    ...who,
    ceremonyDate: localDate,
    officialDate: localDate,
    meetingDate: localDate,
    decisionDate: localDate,
    decisionNumber: z.string(),
    /** on_time / overdue: whether the chi bộ reviewed within its 30 working days. */
    reviewStatus: z.enum(['on_time', 'overdue']),
    certificateNumber: z.string(),
  }),
});

/** Xóa tên khỏi danh sách đảng viên dự bị. occurredOn = the decision date. */
export const MemberRemovedFromProbation = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'removedFromProbation',
  version: 1,
  schema: z.object({ ...who, ceremonyDate: localDate.nullable(), meetingDate: localDate.nullable(), decisionDate: localDate, decisionNumber: z.string(), reason: z.string() }),
});

/** Thẻ đảng viên cấp lần đầu. occurredOn = the issue date. */
export const CardIssued = defineEvent({
  service: 'membership',
  aggregate: 'card',
  name: 'issued',
  version: 1,
  schema: z.object({ ...who, cardId: z.uuid(), cardNumber: z.string(), issuedOn: localDate, decisionNumber: z.string().nullable() }),
});

/** Thẻ cấp lại (hỏng / mất). occurredOn = the issue date of the new card. */
export const CardReissued = defineEvent({
  service: 'membership',
  aggregate: 'card',
  name: 'reissued',
  version: 1,
  schema: z.object({
    ...who,
    cardId: z.uuid(),
    cardNumber: z.string(),
    issuedOn: localDate,
    decisionNumber: z.string().nullable(),
    reason: z.enum(CARD_REISSUE_REASONS),
    replacesCardId: z.uuid(),
    replacesCardNumber: z.string(),
  }),
});

const statusBefore = z.enum(['probationary', 'official']);

/** Xóa tên. occurredOn = the decision date. */
export const MemberStruckOff = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'struckOff',
  version: 1,
  schema: z.object({ ...who, statusBefore, decisionDate: localDate, decisionNumber: z.string(), reason: z.string(), note: z.string().nullable() }),
});

/** Cho ra khỏi Đảng (voluntary). occurredOn = the decision date. */
export const MemberLeftParty = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'leftParty',
  version: 1,
  schema: z.object({ ...who, statusBefore, decisionDate: localDate, decisionNumber: z.string(), reason: z.string().nullable() }),
});

/** Từ trần. occurredOn = the date of death (not the day the dossier arrived). */
export const MemberDied = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'died',
  version: 1,
  schema: z.object({ ...who, statusBefore, dateOfDeath: localDate, noticeDeadline: localDate, noticeSentOn: localDate.nullable() }),
});

/** The death notice and dossier sent up. occurredOn = the day sent. */
export const MemberDeathNoticeSent = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'deathNoticeSent',
  version: 1,
  schema: z.object({ ...who, dateOfDeath: localDate, sentOn: localDate, deadline: localDate, onTime: z.boolean() }),
});

/** Miễn sinh hoạt: keeps membership, excluded from rating. occurredOn = the first day exempted. */
export const MemberExempted = defineEvent({
  service: 'membership',
  aggregate: 'member',
  name: 'exempted',
  version: 1,
  schema: z.object({ ...who, from: localDate, to: localDate.nullable(), decisionNumber: z.string().nullable(), reason: z.string().nullable() }),
});

export const MEMBER_LIFECYCLE_EVENTS = [
  MemberMadeOfficial,
  MemberRemovedFromProbation,
  CardIssued,
  CardReissued,
  MemberStruckOff,
  MemberLeftParty,
  MemberDied,
  MemberDeathNoticeSent,
  MemberExempted,
] as const;
