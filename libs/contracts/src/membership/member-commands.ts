import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { requiredText as text, optionalText } from '../fields';
import { factDate } from '../fact-date';
import { isLocalDate } from '../local-date';
import { CITIZEN_ID } from '../training/commands';
import { isCode, MembershipCodeList } from './code-lists';
import { partyCardNumber } from './member-lifecycle';

const id = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
const personId = id('Mã người', 'person id');
const code = (list: MembershipCodeList, vi: string, en: string) =>
  z
    .string({ message: bilingual(`Vui lòng chọn ${vi}`, `${en} is required`) })
    .refine((c) => isCode(list, c), { message: bilingual(`${vi} không có trong danh mục`, `${en}: not in the code list`) });
const optionalCode = (list: MembershipCodeList, vi: string, en: string) => code(list, vi, en).nullish().transform((v) => v ?? null);
const citizenId = z
  .string({ message: bilingual('Vui lòng nhập số CCCD', 'Citizen ID is required') })
  .regex(CITIZEN_ID, { message: bilingual('Số CCCD phải gồm đúng 12 chữ số', 'Citizen ID must be exactly 12 digits') });
const notAfter = (a: string | null | undefined, b: string | null | undefined) => !a || !b || !isLocalDate(a) || !isLocalDate(b) || a <= b;

/** Identity and the statistics dimensions (code lists) of a person. */
export const personFields = {
  fullName: text(120, 'họ và tên', 'Full name'),
  dateOfBirth: factDate,
  gender: code('gender', 'giới tính', 'Gender'),
  citizenId,
  ethnicity: code('ethnicity', 'dân tộc', 'Ethnicity'),
  religion: code('religion', 'tôn giáo', 'Religion'),
  hometown: text(255, 'quê quán', 'Hometown'),
  generalEducation: code('generalEducation', 'trình độ giáo dục phổ thông', 'General education'),
  professionalEducation: optionalCode('professionalEducation', 'trình độ chuyên môn', 'Professional education'),
  theoryLevel: optionalCode('theoryLevel', 'trình độ lý luận chính trị', 'Political-theory level'),
  occupation: optionalText(255),
  position: optionalText(255),
  /** The chi bộ / grassroots organization where the person is active. */
  orgId: id('Mã tổ chức', 'organization id'),
};

export const createPersonSchema = z.strictObject(personFields);
export type CreatePersonInput = z.infer<typeof createPersonSchema>;

/**
 * A member already in the Party before this system (the roster import uses it too): recorded
 * with the historical dates, never counted as an admission. Without an official date the member
 * is still probationary (probation counts from the ceremony). A card they already hold comes
 * with its number and issue date; only an official member holds one.
 */
export const registerExistingMemberSchema = z
  .strictObject({
    ...personFields,
    admissionDecisionDate: factDate,
    admissionDecisionNumber: optionalText(64),
    ceremonyDate: factDate.nullish().transform((v) => v ?? null),
    officialDate: factDate.nullish().transform((v) => v ?? null),
    cardNumber: partyCardNumber.nullish().transform((v) => v ?? null),
    cardIssuedOn: factDate.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (!notAfter(v.admissionDecisionDate, v.officialDate)) {
      ctx.addIssue({ code: 'custom', path: ['officialDate'], message: bilingual('Ngày chính thức phải sau ngày quyết định kết nạp', 'The official date must follow the admission decision') });
    } else if (!notAfter(v.ceremonyDate, v.officialDate)) {
      ctx.addIssue({ code: 'custom', path: ['officialDate'], message: bilingual('Ngày chính thức không thể trước ngày lễ kết nạp', 'The official date cannot precede the ceremony') });
    }
    if (!notAfter(v.admissionDecisionDate, v.ceremonyDate)) {
      ctx.addIssue({ code: 'custom', path: ['ceremonyDate'], message: bilingual('Ngày lễ kết nạp phải từ ngày quyết định trở đi', 'The ceremony cannot precede the decision') });
    }
    if (!notAfter(v.dateOfBirth, v.admissionDecisionDate)) {
      ctx.addIssue({ code: 'custom', path: ['admissionDecisionDate'], message: bilingual('Ngày kết nạp trước ngày sinh', 'Admission before birth') });
    }
    if (v.cardNumber && !v.officialDate) {
      ctx.addIssue({ code: 'custom', path: ['cardNumber'], message: bilingual('Đảng viên dự bị chưa được cấp thẻ; thẻ đảng viên chỉ cấp cho đảng viên chính thức', 'A probationary member holds no card; party cards are for official members only') });
    }
    if (v.cardNumber && !v.cardIssuedOn) {
      ctx.addIssue({ code: 'custom', path: ['cardIssuedOn'], message: bilingual('Có số thẻ thì cần ngày cấp thẻ', 'A card number needs its issue date') });
    }
    if (v.cardIssuedOn && !v.cardNumber) {
      ctx.addIssue({ code: 'custom', path: ['cardNumber'], message: bilingual('Có ngày cấp thẻ thì cần số thẻ', 'A card issue date needs its card number') });
    }
    if (v.cardNumber && v.officialDate && !notAfter(v.officialDate, v.cardIssuedOn)) {
      ctx.addIssue({ code: 'custom', path: ['cardIssuedOn'], message: bilingual('Ngày cấp thẻ không thể trước ngày chính thức', 'The card cannot be issued before the official date') });
    }
  });
export type RegisterExistingMemberInput = z.infer<typeof registerExistingMemberSchema>;

export const MEMBERSHIP_STATUSES = ['masses', 'candidate', 'probationary', 'official', 'removedFromProbation', 'struckOff', 'left', 'died', 'expelled'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** The filters of the member list (its paging and sorting come with the route). */
export const memberListFilter = z.strictObject({
  /** A name (any diacritics and case) or the beginning of a citizen ID. */
  q: z.string().trim().max(120).optional(),
  /** Members of this organization and its subtree (today). */
  orgId: id('Mã tổ chức', 'organization id').optional(),
  status: z.enum(MEMBERSHIP_STATUSES, { message: bilingual(`Trạng thái phải là một trong: ${MEMBERSHIP_STATUSES.join(', ')}`, `Status must be one of: ${MEMBERSHIP_STATUSES.join(', ')}`) }).optional(),
});

// ----------------------------------------------------------------------------- candidates

export const nominateCandidateSchema = z.strictObject({
  personId,
  /** The mass organization that nominates (code list `massOrganization`). */
  nominatedBy: code('massOrganization', 'đoàn thể giới thiệu', 'Nominating organization'),
  nominatedOn: factDate,
});

export const sympathizerBody = z.strictObject({ listedOn: factDate, mentorPersonId: personId });

const vettingObject = z.strictObject({ status: z.enum(['pending', 'concluded']), concludedOn: factDate.nullish().transform((v) => v ?? null) });
const vettingRefine = (v: { status: string; concludedOn: string | null }, ctx: z.RefinementCtx) => {
  if (v.status === 'concluded' && !v.concludedOn) ctx.addIssue({ code: 'custom', path: ['concludedOn'], message: bilingual('Cần ngày kết luận thẩm tra', 'The conclusion date is required') });
};
export const vettingBody = vettingObject.superRefine(vettingRefine);

export const introducerInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('party_member'), personId, togetherSince: factDate }),
  /** Ban chấp hành Đoàn / Công đoàn cơ sở giới thiệu thay một đảng viên. */
  z.strictObject({ kind: z.enum(['youth_union_committee', 'trade_union_committee']), organization: text(255, 'tên tổ chức', 'Organization name') }),
], { message: bilingual('Người giới thiệu: kind phải là party_member, youth_union_committee hoặc trade_union_committee', 'Introducer kind must be party_member, youth_union_committee or trade_union_committee') });
export type IntroducerInput = z.infer<typeof introducerInput>;

export const introducersBody = z.strictObject({
  introducers: z.array(introducerInput).length(2, bilingual('Cần đúng hai người giới thiệu', 'Exactly two introducers')),
});

const count = (vi: string, en: string) => z.number({ message: bilingual(`${vi} phải là số`, `${en} must be a number`) }).int().min(0);
const resolutionObject = z.strictObject({
  voteDate: factDate,
  resolutionNumber: optionalText(64),
  officialMembers: count('Số đảng viên chính thức', 'Official members').min(1, bilingual('Chi bộ cần có đảng viên chính thức', 'At least one official member')),
  votesFor: count('Số tán thành', 'Votes for'),
});
const resolutionRefine = (v: { officialMembers: number; votesFor: number }, ctx: z.RefinementCtx) => {
  if (v.votesFor > v.officialMembers) ctx.addIssue({ code: 'custom', path: ['votesFor'], message: bilingual('Số tán thành vượt số đảng viên chính thức', 'More votes for than official members') });
};
export const resolutionBody = resolutionObject.superRefine(resolutionRefine);

// ----------------------------------------------------------------------------- admission

export const admitSchema = z
  .strictObject({
    candidateId: id('Mã quần chúng', 'candidate id'),
    /** The chi bộ resolution's vote date: every condition is checked on it. */
    voteDate: factDate,
    decisionDate: factDate,
    decisionNumber: text(64, 'số quyết định', 'Decision number'),
    ceremonyDate: factDate.nullish().transform((v) => v ?? null),
    /** A hardship-area exception to the education minimum, approved by the competent committee. */
    educationExceptionApproved: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (!notAfter(v.voteDate, v.decisionDate)) ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: bilingual('Ngày quyết định không thể trước ngày chi bộ xét', 'The decision cannot precede the vote') });
    if (!notAfter(v.decisionDate, v.ceremonyDate)) ctx.addIssue({ code: 'custom', path: ['ceremonyDate'], message: bilingual('Lễ kết nạp không thể trước ngày quyết định', 'The ceremony cannot precede the decision') });
  });
export type AdmitInput = z.infer<typeof admitSchema>;

export const ceremonyBody = z.strictObject({ ceremonyDate: factDate });

/** One reason an admission is refused, with the regulation it comes from. */
export interface AdmissionViolation {
  code: string;
  ruleId: string;
  regulation: string;
  vi: string;
  en: string;
}
