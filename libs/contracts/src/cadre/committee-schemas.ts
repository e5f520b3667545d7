import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';
import { optionalText, requiredText } from '../fields';
import { isLocalDate, localDate } from '../local-date';
import { listQuery } from '../routes/conventions';
import { committeeKindSchema, POSTS, postSchema, termCode, type Post } from './posts';

/**
 * Inputs of the committees capability: a committee (cấp ủy or ủy ban kiểm tra) elected for a term
 * at the congress (đại hội), then changed by consolidation decisions (kiện toàn) and departures.
 * Every refusal names its field, Vietnamese first; what needs the stored state (a vacancy, who
 * holds a post, membership on the day) is checked in the cadre service, on the same fields.
 */

const id = (vi: string, en: string) => z.uuid({ message: bilingual(`${vi} không hợp lệ`, `Invalid ${en}`) });
const personId = id('Mã đảng viên', 'person id');
const orgId = id('Mã tổ chức đảng', 'organization id');
const decisionNumber = requiredText(60, 'số quyết định', 'The decision number');
const year = z.coerce
  .number({ message: bilingual('Năm không hợp lệ', 'Invalid year') })
  .int(bilingual('Năm không hợp lệ', 'Invalid year'))
  .min(1930, bilingual('Năm từ 1930', 'The year is 1930 or later'))
  .max(2100, bilingual('Năm đến 2100', 'The year is 2100 at the latest'));

/**
 * Who decided a consolidation: the superior committee's standing committee (chỉ định, chuẩn y —
 * the usual case, for the bloc's own committees the province's), the superior committee, the
 * committee itself (bầu bổ sung a secretary or deputy among its members, the inspection
 * committee's members), or a congress / members' conference electing more (bầu bổ sung).
 */
export const COMMITTEE_DECIDING_BODIES = ['superior_standing_committee', 'superior_committee', 'own_committee', 'congress'] as const;
export type CommitteeDecidingBody = (typeof COMMITTEE_DECIDING_BODIES)[number];
export const COMMITTEE_DECIDING_BODY_LABELS: Readonly<Record<CommitteeDecidingBody, { vi: string; en: string }>> = {
  superior_standing_committee: { vi: 'Ban Thường vụ cấp ủy cấp trên (chỉ định, chuẩn y)', en: 'The superior standing committee (appoints, approves)' },
  superior_committee: { vi: 'Cấp ủy cấp trên', en: 'The superior committee' },
  own_committee: { vi: 'Cấp ủy cùng cấp bầu bổ sung', en: 'The committee itself (by-election)' },
  congress: { vi: 'Đại hội, hội nghị đảng viên bầu bổ sung', en: 'A congress or members’ conference (by-election)' },
};

/**
 * What one consolidation does to a post: fill a vacant seat (bổ sung vào chỗ khuyết), add a seat
 * and its holder (bổ sung thêm, the committee grows by one), or replace a holder (thay thế), who
 * leaves on the decision date.
 */
export const CONSOLIDATION_MODES = ['fill', 'add', 'replace'] as const;
export type ConsolidationMode = (typeof CONSOLIDATION_MODES)[number];
export const CONSOLIDATION_MODE_LABELS: Readonly<Record<ConsolidationMode, { vi: string; en: string }>> = {
  fill: { vi: 'Bổ sung vào chỗ khuyết', en: 'Fill a vacancy' },
  add: { vi: 'Bổ sung thêm (tăng số lượng)', en: 'Add a seat and its holder' },
  replace: { vi: 'Thay thế', en: 'Replace a holder' },
};

/** Why a holder leaves a post, as a decision says it. */
export const DEPARTURE_REASONS = ['retired', 'transferred', 'relieved', 'resigned', 'died', 'disciplined', 'other'] as const;
export type DepartureReason = (typeof DEPARTURE_REASONS)[number];
/**
 * Every way a holding ends: the reasons a decision gives, and the two the service records itself —
 * `moved_post`, the holder took another post on the same committee (a member elected deputy
 * secretary); `term_ended`, the next term's committee was elected.
 */
export const HOLDING_END_REASONS = [...DEPARTURE_REASONS, 'moved_post', 'term_ended'] as const;
export type HoldingEndReason = (typeof HOLDING_END_REASONS)[number];
export const HOLDING_END_REASON_LABELS: Readonly<Record<HoldingEndReason, { vi: string; en: string }>> = {
  retired: { vi: 'Nghỉ hưu', en: 'Retired' },
  transferred: { vi: 'Chuyển công tác', en: 'Transferred' },
  relieved: { vi: 'Miễn nhiệm, cho thôi', en: 'Relieved' },
  resigned: { vi: 'Xin thôi', en: 'Resigned' },
  died: { vi: 'Từ trần', en: 'Died' },
  disciplined: { vi: 'Bị kỷ luật', en: 'Disciplined' },
  other: { vi: 'Lý do khác', en: 'Other' },
  moved_post: { vi: 'Chuyển chức danh trong ủy ban', en: 'Took another post on the committee' },
  term_ended: { vi: 'Hết nhiệm kỳ', en: 'Term ended' },
};

const reason = z.enum(DEPARTURE_REASONS, { message: bilingual(`Lý do thôi giữ chức danh: ${DEPARTURE_REASONS.join(', ')}`, `Reason: ${DEPARTURE_REASONS.join(', ')}`) });
const seatCount = z
  .number({ message: bilingual('Số lượng là số nguyên', 'A seat count is a whole number') })
  .int(bilingual('Số lượng là số nguyên', 'A seat count is a whole number'))
  .min(0, bilingual('Số lượng không âm', 'A seat count is not negative'))
  .max(200, bilingual('Số lượng tối đa 200', 'At most 200 seats'));

/** Seats per post decided by the congress (số lượng); a post left out gets as many seats as it has holders elected. */
export const committeeSeatsSchema = z.strictObject(Object.fromEntries(POSTS.map((p) => [p, seatCount.optional()])) as Record<Post, z.ZodOptional<typeof seatCount>>);
export type CommitteeSeats = Partial<Record<Post, number>>;

const notBefore = (later: string | null | undefined, earlier: string | null | undefined) => !later || !earlier || !isLocalDate(later) || !isLocalDate(earlier) || later >= earlier;

export const committeeParams = z.strictObject({ id: id('Mã ủy ban', 'committee id') });

export const electCommitteeBody = z
  .strictObject({
    orgId,
    kind: committeeKindSchema,
    term: termCode,
    /** The congress (or, for an inspection committee, the committee's first meeting): holders serve from this day. */
    electedOn: factDate,
    /** The superior's decision recognising the result (chuẩn y); number and date. */
    decisionNumber,
    /** The decision's date; the election day unless given. */
    decisionDate: factDate.nullish().transform((v) => v ?? null),
    seats: committeeSeatsSchema.nullish().transform((v) => v ?? null),
    holders: z
      .array(z.strictObject({ personId, post: postSchema }), { message: bilingual('Danh sách người trúng cử không hợp lệ', 'Invalid list of holders') })
      .min(1, bilingual('Cần ít nhất một người trúng cử', 'At least one holder is required'))
      .max(200, bilingual('Tối đa 200 người', 'At most 200 holders')),
  })
  .superRefine((b, ctx) => {
    if (!notBefore(b.decisionDate, b.electedOn)) ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: bilingual('Ngày quyết định chuẩn y không được trước ngày bầu', 'The decision date must not be before the election') });
    const seen = new Map<string, number>();
    b.holders.forEach((h, i) => {
      const first = seen.get(h.personId);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['holders', i, 'personId'], message: bilingual(`Người này đã có ở dòng ${first + 1}: mỗi người giữ một chức danh trong một ủy ban`, `Already on line ${first + 1}: one post per person on a committee`) });
      } else seen.set(h.personId, i);
    });
  });

const consolidationItem = z
  .strictObject({
    mode: z.enum(CONSOLIDATION_MODES, { message: bilingual('Hình thức: fill (bổ sung chỗ khuyết), add (bổ sung thêm) hoặc replace (thay thế)', 'Mode: fill, add or replace') }),
    post: postSchema,
    /** The member who takes the post. */
    personId,
    /** replace: the holder who leaves the post on the decision date, and why. */
    replacesPersonId: personId.nullish().transform((v) => v ?? null),
    reason: reason.nullish().transform((v) => v ?? null),
  })
  .superRefine((it, ctx) => {
    if (it.mode === 'replace' && !it.replacesPersonId) ctx.addIssue({ code: 'custom', path: ['replacesPersonId'], message: bilingual('Cần người được thay thế', 'The holder replaced (replacesPersonId) is required') });
    if (it.mode === 'replace' && !it.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: bilingual('Cần lý do người được thay thế thôi giữ chức danh', 'Why the replaced holder leaves (reason) is required') });
    if (it.mode !== 'replace' && it.replacesPersonId) ctx.addIssue({ code: 'custom', path: ['replacesPersonId'], message: bilingual('Chỉ ghi người được thay thế khi thay thế (replace)', 'replacesPersonId only with mode replace') });
    if (it.mode !== 'replace' && it.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: bilingual('Chỉ ghi lý do khi thay thế (replace)', 'reason only with mode replace') });
    if (it.replacesPersonId && it.replacesPersonId === it.personId) ctx.addIssue({ code: 'custom', path: ['replacesPersonId'], message: bilingual('Không thể tự thay thế chính mình', 'A holder cannot replace themselves') });
  });

export const consolidateBody = z
  .strictObject({
    decisionNumber,
    decisionDate: factDate,
    decidingBody: z.enum(COMMITTEE_DECIDING_BODIES, { message: bilingual(`Cấp quyết định: ${COMMITTEE_DECIDING_BODIES.join(', ')}`, `Deciding body: ${COMMITTEE_DECIDING_BODIES.join(', ')}`) }),
    /** The people the decision names, in its order (a deputy moved up, then their seat filled). */
    items: z
      .array(consolidationItem, { message: bilingual('Danh sách kiện toàn không hợp lệ', 'Invalid list of changes') })
      .min(1, bilingual('Cần ít nhất một người được kiện toàn', 'At least one person is required'))
      .max(50, bilingual('Tối đa 50 người trong một quyết định', 'At most 50 people in one decision')),
    note: optionalText(2000),
  })
  .superRefine((b, ctx) => {
    const seen = new Map<string, number>();
    b.items.forEach((it, i) => {
      const first = seen.get(it.personId);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['items', i, 'personId'], message: bilingual(`Người này đã có ở dòng ${first + 1} của quyết định`, `Already on line ${first + 1} of the decision`) });
      else seen.set(it.personId, i);
    });
  });

export const recordDepartureBody = z.strictObject({
  personId,
  reason,
  decisionNumber,
  /** The holder leaves on this day. */
  decisionDate: factDate,
  decidingBody: z.enum(COMMITTEE_DECIDING_BODIES, { message: bilingual(`Cấp quyết định: ${COMMITTEE_DECIDING_BODIES.join(', ')}`, `Deciding body: ${COMMITTEE_DECIDING_BODIES.join(', ')}`) }),
});

export const listCommitteesQuery = z.strictObject({
  /** The organization's subtree (the organization and those under it). */
  orgId: orgId.optional(),
  term: termCode.optional(),
  kind: committeeKindSchema.optional(),
  /** Only committees with a vacancy on `asOf`. */
  vacant: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** The day holders and vacancies are shown for; today unless given. */
  asOf: localDate.optional(),
  ...listQuery(['orgName', 'electedOn', 'vacancies', 'kind']),
});

export const getCommitteeQuery = z.strictObject({ asOf: localDate.optional() });

export const listConsolidationsQuery = z
  .strictObject({
    /** By the decision date. */
    year: year.optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    /** The organization's subtree. */
    orgId: orgId.optional(),
    kind: committeeKindSchema.optional(),
    term: termCode.optional(),
    /** grassroots: decisions on grassroots organizations' committees; bloc: on the bloc's own. */
    level: z.enum(['grassroots', 'bloc', 'other']).optional(),
    personId: personId.optional(),
    ...listQuery(['decisionDate', 'orgName', 'people']),
  })
  .refine((q) => notBefore(q.to, q.from), { path: ['to'], message: bilingual('Đến ngày không được trước từ ngày', 'to must not be before from') });

export const consolidationSummaryQuery = z
  .strictObject({
    /** A calendar year; or `from` / `to` (both included). */
    year: year.optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    orgId: orgId.optional(),
  })
  .superRefine((q, ctx) => {
    if (!q.year && !(q.from && q.to)) ctx.addIssue({ code: 'custom', path: ['year'], message: bilingual('Cần năm, hoặc từ ngày và đến ngày', 'A year, or from and to, is required') });
    if (!notBefore(q.to, q.from)) ctx.addIssue({ code: 'custom', path: ['to'], message: bilingual('Đến ngày không được trước từ ngày', 'to must not be before from') });
  });

export const listHoldersQuery = z.strictObject({
  personId: personId.optional(),
  /** The organization's subtree. */
  orgId: orgId.optional(),
  kind: committeeKindSchema.optional(),
  post: postSchema.optional(),
  /** Holders on this day; today unless given. */
  asOf: localDate.optional(),
  ...listQuery(['orgName', 'post', 'from']),
});
