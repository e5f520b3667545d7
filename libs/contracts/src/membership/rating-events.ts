import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';

/**
 * Đánh giá, xếp loại chất lượng (Quy định 132-QĐ/TW → 124-QĐ/TW → 366-QĐ/TW): the four levels, in
 * the order of merit. The codes are how the reports and the forms write them. `libs/rules`
 * (`RatingLevel`, `RATING_LEVELS`) names the same four.
 */
export const RATING_LEVELS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type RatingLevelKey = (typeof RATING_LEVELS)[number];

export const RATING_LEVEL_CODES = { excellent: 'HTXSNV', good: 'HTTNV', completed: 'HTNV', not_completed: 'KHTNV' } as const satisfies Record<RatingLevelKey, string>;

export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevelKey, { vi: string; en: string }>> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  completed: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed' },
  not_completed: { vi: 'Không hoàn thành nhiệm vụ', en: 'Not completed' },
};

const level = z.enum(RATING_LEVELS);
const actor = z.object({ userId: z.string(), username: z.string() });

/** The decision a re-decision replaces (its level stops counting). */
const replaced = z.object({ level, decisionNumber: z.string(), decisionDate: localDate, revision: z.number().int().positive() });

/** A decision beyond the excellent quota of its peer group, and who took it on what ground. */
export const ratingQuotaOverrideSchema = z.object({
  reason: z.string(),
  /** The decision or conclusion that allows it (số kết luận, biên bản…). */
  reference: z.string(),
  decidedBy: actor,
});

/**
 * What every rating decision carries. Reporting counts `rating.{orgs,members}.*` **by `year`**
 * (the year rated, not the day decided: a 2023 rating decided in January 2024 counts in 2023),
 * keyed by (year, orgId) for an organization and (year, personId) for a member — a subject is in
 * one round a year, so the key is unique. A later decision of the same subject replaces the
 * earlier one: the event with the highest `revision` holds, an older one arriving late changes
 * nothing (`replaces` names what it replaces; null for the first decision). The envelope's
 * `occurredOn` is `decisionDate`; its `orgId` the organization rated or the member's organization.
 */
const decided = {
  roundId: z.uuid(),
  /** The year rated. */
  year: z.number().int(),
  level,
  /** HTXSNV, HTTNV, HTNV, KHTNV. */
  levelCode: z.enum(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']),
  /** The 100-point sheet's total from 2025 (366-QĐ/TW); null under 124-QĐ/TW (levels by criteria). */
  score: z.number().nullable(),
  /** The peer group the excellent quota was counted in (`tccsd`, `chi-bo-truc-thuoc:<orgId>`, `dang-vien:<orgId>`…). */
  peerGroup: z.string(),
  decisionNumber: z.string(),
  decisionDate: localDate,
  /** 1 for the first decision of the subject in the year, +1 for each re-decision. */
  revision: z.number().int().positive(),
  replaces: replaced.nullable(),
  /** Set when the decision went beyond the excellent quota. */
  quotaOverride: ratingQuotaOverrideSchema.nullable(),
  /** The rating regulation of the year (`Quy định 124-QĐ/TW (2023)`…). */
  regulation: z.string(),
};

/** Xếp loại chất lượng đảng viên: one member's level for the year, decided. */
export const MemberRated = defineEvent({
  service: 'membership',
  aggregate: 'rating',
  name: 'memberRated',
  version: 1,
  schema: z.object({
    ...decided,
    personId: z.uuid(),
    /** The member's organization (chi bộ, chi bộ cơ sở) on the round's date. */
    orgId: z.uuid(),
    /** The grassroots organization (TCCSĐ) the member belongs to; null when rated above any. */
    grassrootsOrgId: z.uuid().nullable(),
  }),
});

/**
 * Xếp loại chất lượng tổ chức đảng: one organization's level for the year, decided. Reporting's
 * `rating.orgs.*` counts the grassroots organizations (`grassroots: true`: đảng bộ cơ sở, chi bộ
 * cơ sở — the report's "151 TCCSĐ"); chi bộ trực thuộc come with `grassroots: false`.
 */
export const OrgRated = defineEvent({
  service: 'membership',
  aggregate: 'rating',
  name: 'orgRated',
  version: 1,
  schema: z.object({
    ...decided,
    orgId: z.uuid(),
    /** `grassroots_committee`, `grassroots_cell`, `dependent_cell`… (ORG_KIND_DEFINITIONS). */
    orgKind: z.string(),
    grassroots: z.boolean(),
    /** On the round's date. */
    parentId: z.uuid().nullable(),
    /** Itself for a grassroots organization; the đảng bộ cơ sở of a chi bộ trực thuộc. */
    grassrootsOrgId: z.uuid().nullable(),
  }),
});

export const RATING_EVENTS = [MemberRated, OrgRated] as const;
