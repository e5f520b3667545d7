import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { optionalText, requiredText } from '../fields';
import { listQuery } from '../routes/conventions';
import { VETTING_BASES, VETTING_PURPOSES, VETTING_RESULTS } from './vetting-events';

/**
 * Inputs of political vetting (bảo vệ chính trị nội bộ, Quy định 58-QĐ/TW ngày 05/8/2022): a case
 * per person and purpose, the letter to the police (one letter names many people), the police's
 * reply per person, the standing committee's conclusion (one notice concludes on many). Every
 * field named in its refusal, in both languages; the order of the dates is checked by the cadre
 * service against what is recorded (a reply not before its letter, a conclusion not before the
 * reply).
 */

export const VETTING_PURPOSE_LABELS: Readonly<Record<(typeof VETTING_PURPOSES)[number], { vi: string; en: string }>> = {
  planning: { vi: 'Quy hoạch', en: 'Planning' },
  appointment: { vi: 'Bổ nhiệm', en: 'Appointment' },
  reappointment: { vi: 'Bổ nhiệm lại', en: 'Re-appointment' },
  election: { vi: 'Giới thiệu ứng cử', en: 'Introduction for election' },
  other: { vi: 'Khác', en: 'Other' },
};
export const VETTING_RESULT_LABELS: Readonly<Record<(typeof VETTING_RESULTS)[number], { vi: string; en: string }>> = {
  meets: { vi: 'Đủ tiêu chuẩn chính trị', en: 'Meets the political standard' },
  not_meets: { vi: 'Không đủ tiêu chuẩn chính trị', en: 'Does not meet the political standard' },
};
export const VETTING_BASIS_LABELS: Readonly<Record<(typeof VETTING_BASES)[number], { vi: string; en: string }>> = {
  request: { vi: 'Theo ý kiến Công an (công văn của hồ sơ này)', en: 'On this case’s request to the police' },
  earlier_request: { vi: 'Theo ý kiến Công an đã xin trước đó', en: 'On an earlier request to the police' },
  records: { vi: 'Theo hồ sơ, tài liệu đã có', en: 'On the records already held' },
};

/** What the police said about a person: nothing of concern, or matters noted (the text stays confidential). */
export const VETTING_OPINIONS = ['no_issue', 'issues_noted'] as const;
export type VettingOpinion = (typeof VETTING_OPINIONS)[number];
export const VETTING_OPINION_LABELS: Readonly<Record<VettingOpinion, { vi: string; en: string }>> = {
  no_issue: { vi: 'Không có vấn đề', en: 'No issue' },
  issues_noted: { vi: 'Có vấn đề cần lưu ý', en: 'Issues noted' },
};

/** Open → requested (the letter sent) → replied (the police answered) → concluded; a case may be concluded from open (on records). */
export const VETTING_STATUSES = ['open', 'requested', 'replied', 'concluded'] as const;
export type VettingStatus = (typeof VETTING_STATUSES)[number];

/** The most cases one command names (a letter of the Board names up to a few hundred people). */
export const VETTING_BATCH_MAX = 500;

const uuid = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
const caseId = uuid('Mã hồ sơ thẩm tra', 'vetting case id');
const personId = uuid('Mã người', 'person id');
const orgId = uuid('Mã tổ chức đảng', 'organization id');
const year = z.coerce
  .number({ message: bilingual('Năm không hợp lệ', 'Invalid year') })
  .int(bilingual('Năm không hợp lệ', 'Invalid year'))
  .min(1930, bilingual('Năm từ 1930', 'The year is 1930 or later'))
  .max(2100, bilingual('Năm đến 2100', 'The year is 2100 at the latest'));

const purpose = z.enum(VETTING_PURPOSES, {
  message: bilingual('Mục đích: planning (quy hoạch), appointment (bổ nhiệm), reappointment (bổ nhiệm lại), election (giới thiệu ứng cử) hoặc other', 'Purpose: planning, appointment, reappointment, election or other'),
});
const result = z.enum(VETTING_RESULTS, { message: bilingual('Kết luận: meets (đủ) hoặc not_meets (không đủ tiêu chuẩn chính trị)', 'Result: meets or not_meets') });
const basis = z.enum(VETTING_BASES, {
  message: bilingual('Căn cứ: request (công văn của hồ sơ), earlier_request (công văn trước đó) hoặc records (hồ sơ đã có)', 'Basis: request, earlier_request or records'),
});
const opinion = z.enum(VETTING_OPINIONS, { message: bilingual('Ý kiến Công an: no_issue (không có vấn đề) hoặc issues_noted (có vấn đề)', 'Opinion: no_issue or issues_noted') });
/** The post or position proposed (e.g. "Phó Giám đốc Công ty"); required for `other`. */
const purposeNote = optionalText(300);

const distinct = <T>(key: (x: T) => string, vi: string, en: string) => (items: T[], ctx: z.RefinementCtx) => {
  const seen = new Map<string, number>();
  items.forEach((x, i) => {
    const k = key(x);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: bilingual(`${vi} (trùng với dòng ${(seen.get(k) ?? 0) + 1})`, `${en} (same as row ${(seen.get(k) ?? 0) + 1})`) });
    else seen.set(k, i);
  });
};
const batch = <T extends z.ZodType>(item: T, vi: string, en: string) =>
  z
    .array(item)
    .min(1, bilingual(`Chọn ít nhất một ${vi}`, `Choose at least one ${en}`))
    .max(VETTING_BATCH_MAX, bilingual(`Tối đa ${VETTING_BATCH_MAX} ${vi} mỗi lần`, `At most ${VETTING_BATCH_MAX} ${en}s at once`));

const otherNeedsNote = (b: { purpose: string; purposeNote: string | null }, ctx: z.RefinementCtx) => {
  if (b.purpose === 'other' && !b.purposeNote) {
    ctx.addIssue({ code: 'custom', path: ['purposeNote'], message: bilingual('Mục đích khác: ghi rõ nội dung', 'Purpose other: say what it is (purposeNote)') });
  }
};

export const openVettingCaseBody = z.strictObject({ personId, purpose, purposeNote, openedOn: factDate }).superRefine(otherNeedsNote);

/** Many people for one purpose (e.g. the year's planning review): one case each. */
export const openVettingCasesBody = z
  .strictObject({
    openedOn: factDate,
    purpose,
    purposeNote,
    personIds: batch(personId, 'người', 'person').superRefine(distinct((p: string) => p, 'Một người được chọn hai lần', 'A person is listed twice')),
  })
  .superRefine(otherNeedsNote);

/** Công văn gửi xin ý kiến Công an: its number and date, and the cases (people) it names. */
export const sendVettingRequestBody = z.strictObject({
  letterNumber: requiredText(100, 'số công văn', 'The letter number'),
  sentOn: factDate,
  caseIds: batch(caseId, 'hồ sơ', 'case').superRefine(distinct((c: string) => c, 'Một hồ sơ được chọn hai lần', 'A case is listed twice')),
});

const replyFields = {
  replyNumber: requiredText(100, 'số văn bản trả lời của Công an', 'The reply number'),
  repliedOn: factDate,
};
/** The police's opinion of one person; the summary (confidential) is required when issues are noted. */
const opinionFields = { opinion, summary: optionalText(4000) };
const summaryWhenIssues = (o: { opinion: string; summary: string | null }, ctx: z.RefinementCtx) => {
  if (o.opinion === 'issues_noted' && !o.summary) ctx.addIssue({ code: 'custom', path: ['summary'], message: bilingual('Vui lòng tóm tắt vấn đề Công an nêu', 'Summarise the issues the police noted (summary)') });
};

export const recordVettingReplyBody = z.strictObject({ ...replyFields, ...opinionFields }).superRefine(summaryWhenIssues);

/** One reply letter of the police about many people: the opinion per person. */
export const recordVettingRepliesBody = z.strictObject({
  ...replyFields,
  cases: batch(z.strictObject({ caseId, ...opinionFields }).superRefine(summaryWhenIssues), 'hồ sơ', 'case').superRefine(
    distinct((c: { caseId: string }) => c.caseId, 'Một hồ sơ được chọn hai lần', 'A case is listed twice'),
  ),
});

/**
 * What a conclusion rests on. Omitted: the case's own request when it has one, else the records.
 * An earlier request names the earlier case (`basisCaseId`) or, when it is not recorded here, the
 * letter in words (`basisNote`: "Công văn số 45-CV/BTCĐUK ngày 12/10/2022").
 */
const basisFields = {
  basis: basis.nullish().transform((v) => v ?? null),
  basisCaseId: caseId.nullish().transform((v) => v ?? null),
  basisNote: optionalText(500),
};
const basisConsistent = (b: { basis: string | null; basisCaseId: string | null; basisNote: string | null }, ctx: z.RefinementCtx) => {
  if (b.basis === 'earlier_request' && !b.basisCaseId && !b.basisNote) {
    ctx.addIssue({ code: 'custom', path: ['basisCaseId'], message: bilingual('Căn cứ công văn trước đó: chọn hồ sơ trước hoặc ghi số, ngày công văn', 'An earlier request: name the earlier case (basisCaseId) or the letter (basisNote)') });
  }
  if (b.basis !== 'earlier_request' && b.basisCaseId) {
    ctx.addIssue({ code: 'custom', path: ['basisCaseId'], message: bilingual('Chỉ chọn hồ sơ trước khi căn cứ công văn trước đó', 'basisCaseId only with basis earlier_request') });
  }
};

const conclusionFields = {
  conclusionNumber: requiredText(100, 'số văn bản kết luận', 'The conclusion number'),
  concludedOn: factDate,
  /** The conclusion's text (confidential). */
  text: requiredText(8000, 'nội dung kết luận', 'The conclusion text'),
};

export const concludeVettingCaseBody = z.strictObject({ ...conclusionFields, result, ...basisFields }).superRefine(basisConsistent);

/** One notice of the standing committee concluding on many people; `note` is a remark about one of them. */
export const concludeVettingCasesBody = z.strictObject({
  ...conclusionFields,
  cases: batch(z.strictObject({ caseId, result, ...basisFields, note: optionalText(2000) }).superRefine(basisConsistent), 'hồ sơ', 'case').superRefine(
    distinct((c: { caseId: string }) => c.caseId, 'Một hồ sơ được chọn hai lần', 'A case is listed twice'),
  ),
});

export const vettingCaseParams = z.strictObject({ id: caseId });
export const vettingRequestParams = z.strictObject({ id: uuid('Mã công văn', 'letter id') });
export const vettingPersonParams = z.strictObject({ personId });

export const listVettingCasesQuery = z.strictObject({
  /** Cases with something dated in the year: opened, sent, replied or concluded. */
  year: year.optional(),
  status: z.enum(VETTING_STATUSES, { message: bilingual('Trạng thái: open, requested, replied hoặc concluded', 'Status: open, requested, replied or concluded') }).optional(),
  result: result.optional(),
  purpose: purpose.optional(),
  basis: basis.optional(),
  /** The organization and its subtree (the person's organization when the case was opened). */
  orgId: orgId.optional(),
  personId: personId.optional(),
  /** The cases a letter named. */
  requestId: uuid('Mã công văn', 'letter id').optional(),
  /** A name, any diacritics and case. */
  q: z.string().trim().max(100).optional(),
  ...listQuery(['openedOn', 'sentOn', 'concludedOn', 'fullName']),
});

export const listVettingRequestsQuery = z.strictObject({ year: year.optional(), ...listQuery(['sentOn', 'letterNumber']) });

export const vettingSummaryQuery = z.strictObject({ year, orgId: orgId.optional() });
