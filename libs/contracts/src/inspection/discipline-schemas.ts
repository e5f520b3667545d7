import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { optionalText, requiredText } from '../fields';
import { isLocalDate, localDate } from '../local-date';
import { listQuery } from '../routes/conventions';
import { COMPLAINT_KINDS, DISCIPLINE_LEVELS } from './events';

/**
 * Inputs of the Inspection Committee's work on people and organizations: inspection cases when
 * there are signs of a violation (kiểm tra khi có dấu hiệu vi phạm), disciplines (kỷ luật),
 * complaints against them (khiếu nại kỷ luật), denunciations and other complaints (tố cáo,
 * khiếu nại). The rules they are checked against live in `libs/rules` (discipline.ts,
 * complaint-deadlines.ts), whose codes these enums repeat.
 */
const id = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
export const inspectedPersonId = id('Mã đảng viên', 'person id');
const orgIdField = id('Mã tổ chức đảng', 'organization id');
const decisionNumber = requiredText(60, 'số quyết định', 'The decision number');
const year = z.coerce.number().int().min(1930).max(2100);

/** Kết luận of an inspection case. */
export const CASE_OUTCOMES = ['no_violation', 'violation', 'discontinued'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** Every penalty: the member's four (events' `DISCIPLINE_LEVELS`) and the organization's dissolution. */
export const DISCIPLINE_PENALTIES = [...DISCIPLINE_LEVELS, 'giai_tan'] as const;
export type DisciplinePenalty = (typeof DISCIPLINE_PENALTIES)[number];
export const ORGANIZATION_DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'giai_tan'] as const;
export const DISCIPLINE_SUBJECT_KINDS = ['member', 'organization'] as const;
/** Bodies that decide a discipline (libs/rules `DECIDING_BODIES`). */
export const DISCIPLINE_DECIDING_BODIES = ['chi_bo', 'grassroots_committee', 'grassroots_committee_admitting', 'superior_committee', 'superior_inspection_committee'] as const;
/** The level of the body settling a complaint or denunciation (libs/rules `RESOLVING_LEVELS`). */
export const COMPLAINT_RESOLVING_LEVELS = ['central', 'provincial', 'district', 'grassroots'] as const;
/** What became of a complaint or denunciation (the events' `ComplaintResolved.outcome`). */
export const COMPLAINT_OUTCOMES = ['upheld', 'partly_upheld', 'dismissed', 'withdrawn'] as const;
/** What a complaint against a discipline decided about the discipline. */
export const DISCIPLINE_RULINGS = ['upheld', 'lessened', 'annulled', 'withdrawn'] as const;

const penalty = z.enum(DISCIPLINE_PENALTIES, { message: bilingual('Hình thức kỷ luật: khien_trach, canh_cao, cach_chuc, khai_tru hoặc giai_tan', 'Penalty: khien_trach, canh_cao, cach_chuc, khai_tru or giai_tan') });
const notBefore = (later: string | null | undefined, earlier: string | null | undefined) => !later || !earlier || !isLocalDate(later) || !isLocalDate(earlier) || later >= earlier;

export const caseParams = z.strictObject({ id: id('Mã vụ kiểm tra', 'case id') });
export const disciplineParams = z.strictObject({ id: id('Mã quyết định kỷ luật', 'discipline id') });
export const complaintParams = z.strictObject({ id: id('Mã đơn', 'complaint id') });

export const openCaseBody = z.strictObject({
  personId: inspectedPersonId,
  openedOn: factDate,
  decisionNumber,
  /** Dấu hiệu vi phạm: confidential while the case is open. */
  grounds: requiredText(4000, 'dấu hiệu vi phạm', 'The signs of violation'),
});

export const closeCaseBody = z.strictObject({
  closedOn: factDate,
  outcome: z.enum(CASE_OUTCOMES, { message: bilingual('Kết quả: no_violation, violation hoặc discontinued', 'Outcome: no_violation, violation or discontinued') }),
  conclusion: requiredText(4000, 'kết luận', 'The conclusion'),
});

export const listCasesQuery = z.strictObject({
  status: z.enum(['open', 'closed']).optional(),
  personId: inspectedPersonId.optional(),
  orgId: orgIdField.optional(),
  ...listQuery(['openedOn', 'closedOn']),
});

export const listConclusionsQuery = z.strictObject({
  orgId: orgIdField.optional(),
  year: year.optional(),
  ...listQuery(['closedOn']),
});

/** Concluded violations still waiting for a discipline decision (the Standing Committee's worklist). */
export const listDisciplineProposalsQuery = z.strictObject({
  orgId: orgIdField.optional(),
  /** The day the waiting is counted to; today unless given. */
  asOf: localDate.optional(),
  ...listQuery(['closedOn']),
});

export const decideDisciplineBody = z
  .strictObject({
    subject: z.enum(DISCIPLINE_SUBJECT_KINDS, { message: bilingual('Đối tượng: member (đảng viên) hoặc organization (tổ chức đảng)', 'Subject: member or organization') }),
    /** The member disciplined (subject member). */
    personId: inspectedPersonId.nullish().transform((v) => v ?? null),
    /** The organization disciplined (subject organization). */
    orgId: orgIdField.nullish().transform((v) => v ?? null),
    /** The inspection case it concludes, if any. */
    caseId: id('Mã vụ kiểm tra', 'case id').nullish().transform((v) => v ?? null),
    violation: requiredText(4000, 'nội dung vi phạm', 'The violation'),
    /** The penalty proposed to the deciding body (đề nghị), when one was. */
    proposedLevel: penalty.nullish().transform((v) => v ?? null),
    level: penalty,
    decidingBody: z.enum(DISCIPLINE_DECIDING_BODIES, { message: bilingual('Cấp quyết định kỷ luật không hợp lệ', 'Invalid deciding body') }),
    decidedOn: factDate,
    decisionNumber,
    /** The day it takes effect (the decision date unless it says later). */
    effectiveOn: localDate.nullish().transform((v) => v ?? null),
    /** How long it holds, in months, when the decision says. */
    periodMonths: z.number().int().min(1).max(120).nullish().transform((v) => v ?? null),
  })
  .superRefine((b, ctx) => {
    if (b.subject === 'member' && !b.personId) ctx.addIssue({ code: 'custom', path: ['personId'], message: bilingual('Cần mã đảng viên bị kỷ luật', 'The member disciplined (personId) is required') });
    if (b.subject === 'organization' && !b.orgId) ctx.addIssue({ code: 'custom', path: ['orgId'], message: bilingual('Cần mã tổ chức đảng bị kỷ luật', 'The organization disciplined (orgId) is required') });
    if (b.subject === 'organization' && b.personId) ctx.addIssue({ code: 'custom', path: ['personId'], message: bilingual('Kỷ luật tổ chức đảng không ghi đảng viên', 'An organization’s discipline names no person') });
    if (!notBefore(b.effectiveOn, b.decidedOn)) ctx.addIssue({ code: 'custom', path: ['effectiveOn'], message: bilingual('Ngày có hiệu lực không được trước ngày quyết định', 'effectiveOn must not be before decidedOn') });
  });

export const listDisciplinesQuery = z.strictObject({
  subject: z.enum(DISCIPLINE_SUBJECT_KINDS).optional(),
  level: penalty.optional(),
  status: z.enum(['in_force', 'annulled', 'replaced']).optional(),
  personId: inspectedPersonId.optional(),
  orgId: orgIdField.optional(),
  year: year.optional(),
  ...listQuery(['decidedOn']),
});

const resolvingLevel = z
  .enum(COMPLAINT_RESOLVING_LEVELS, { message: bilingual('Cấp giải quyết: central, provincial, district hoặc grassroots', 'Level: central, provincial, district or grassroots') })
  .default('district');

export const fileComplaintBody = z.strictObject({
  kind: z.enum(COMPLAINT_KINDS, { message: bilingual('Loại đơn: to_cao (tố cáo) hoặc khieu_nai (khiếu nại)', 'Kind: to_cao (denunciation) or khieu_nai (complaint)') }),
  /** The member the denunciation is about, or who lodged the complaint. */
  personId: inspectedPersonId,
  receivedOn: factDate,
  complainant: optionalText(200),
  summary: requiredText(4000, 'nội dung đơn', 'The content'),
  resolvingLevel,
});

export const fileDisciplineComplaintBody = z
  .strictObject({
    receivedOn: factDate,
    /** The day the disciplined member received the decision (the complaint window counts from it); the decision date unless given. */
    notifiedOn: factDate.nullish().transform((v) => v ?? null),
    summary: requiredText(4000, 'nội dung khiếu nại', 'The complaint'),
    resolvingLevel,
  })
  .refine((b) => notBefore(b.receivedOn, b.notifiedOn), { path: ['receivedOn'], message: bilingual('Ngày nhận đơn không được trước ngày nhận quyết định', 'receivedOn must not be before notifiedOn') });

export const resolveComplaintBody = z.strictObject({
  resolvedOn: factDate,
  outcome: z.enum(COMPLAINT_OUTCOMES, { message: bilingual('Kết quả: upheld, partly_upheld, dismissed hoặc withdrawn', 'Outcome: upheld, partly_upheld, dismissed or withdrawn') }),
  conclusion: requiredText(4000, 'kết luận giải quyết', 'The conclusion'),
});

export const ruleOnDisciplineComplaintBody = z
  .strictObject({
    resolvedOn: factDate,
    ruling: z.enum(DISCIPLINE_RULINGS, { message: bilingual('Kết quả: upheld (giữ nguyên), lessened (giảm), annulled (hủy) hoặc withdrawn (rút đơn)', 'Ruling: upheld, lessened, annulled or withdrawn') }),
    /** The lighter penalty (lessened). */
    newLevel: penalty.nullish().transform((v) => v ?? null),
    /** The decision settling the complaint; not needed when the complaint was withdrawn. */
    decisionNumber: z.string().trim().max(60).nullish().transform((v) => v || null),
    conclusion: requiredText(4000, 'kết luận giải quyết', 'The conclusion'),
  })
  .superRefine((b, ctx) => {
    if (b.ruling === 'lessened' && !b.newLevel) ctx.addIssue({ code: 'custom', path: ['newLevel'], message: bilingual('Cần hình thức kỷ luật mới (nhẹ hơn)', 'The new, lighter penalty (newLevel) is required') });
    if (b.ruling !== 'lessened' && b.newLevel) ctx.addIssue({ code: 'custom', path: ['newLevel'], message: bilingual('Chỉ ghi hình thức mới khi giảm hình thức kỷ luật', 'newLevel only with a lessened penalty') });
    if (b.ruling !== 'withdrawn' && !b.decisionNumber) ctx.addIssue({ code: 'custom', path: ['decisionNumber'], message: bilingual('Vui lòng nhập số quyết định giải quyết khiếu nại', 'The decision number is required') });
  });

export const listComplaintsQuery = z.strictObject({
  kind: z.enum(COMPLAINT_KINDS).optional(),
  status: z.enum(['pending', 'resolved']).optional(),
  /** due: pending, deadline not passed on `asOf`; overdue: pending past it, or settled late. */
  deadline: z.enum(['due', 'overdue', 'on_time']).optional(),
  /** Pending ones whose deadline falls on or before this day. */
  dueBy: localDate.optional(),
  /** The day the deadlines are judged on; today unless given. */
  asOf: localDate.optional(),
  personId: inspectedPersonId.optional(),
  ...listQuery(['deadline', 'receivedOn']),
});
