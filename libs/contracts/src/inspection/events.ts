import { z } from 'zod';
import { defineEvent } from '../events/define-event';
import { localDate } from '../local-date';

/**
 * Facts the Inspection Committee (UBKT) publishes about people: what membership must know to hold
 * a transfer, hold a badge, and remove an expelled member. Only ids, codes and dates travel:
 * the content of an inspection, a denunciation or a discipline stays confidential in the
 * inspection service (ARCHITECTURE.md, "Data").
 *
 * Every fact names the person by membership's `personId` and carries the dates a consumer needs
 * to apply it on its own (a close carries the opening date too), so an out-of-order redelivery
 * still lands in the right state.
 */
const about = {
  personId: z.uuid(),
  /** The person's organization as inspection knew it; informational. */
  orgId: z.uuid().nullable(),
};

/** Kiểm tra đảng viên khi có dấu hiệu vi phạm: a case opened about a person. occurredOn = openedOn. */
export const InspectionCaseOpened = defineEvent({
  service: 'inspection',
  aggregate: 'case',
  name: 'opened',
  version: 1,
  schema: z.object({ ...about, caseId: z.uuid(), openedOn: localDate, decisionNumber: z.string().nullable() }),
});

/** The case concluded (or discontinued). occurredOn = closedOn. */
export const InspectionCaseClosed = defineEvent({
  service: 'inspection',
  aggregate: 'case',
  name: 'closed',
  version: 1,
  schema: z.object({
    ...about,
    caseId: z.uuid(),
    openedOn: localDate,
    closedOn: localDate,
    /** The conclusion; a discipline, if any, is its own `discipline.decided` fact. */
    outcome: z.enum(['no_violation', 'violation', 'discontinued']),
  }),
});

/** Tố cáo (a denunciation about the person) or khiếu nại (a complaint the person lodged, e.g. against a discipline). */
export const COMPLAINT_KINDS = ['to_cao', 'khieu_nai'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** A denunciation or complaint concerning the person, received and pending. occurredOn = filedOn. */
export const ComplaintFiled = defineEvent({
  service: 'inspection',
  aggregate: 'complaint',
  name: 'filed',
  version: 1,
  schema: z.object({ ...about, complaintId: z.uuid(), kind: z.enum(COMPLAINT_KINDS), filedOn: localDate }),
});

/** Settled, dismissed or withdrawn: no longer pending. occurredOn = resolvedOn. */
export const ComplaintResolved = defineEvent({
  service: 'inspection',
  aggregate: 'complaint',
  name: 'resolved',
  version: 1,
  schema: z.object({
    ...about,
    complaintId: z.uuid(),
    kind: z.enum(COMPLAINT_KINDS),
    filedOn: localDate,
    resolvedOn: localDate,
    outcome: z.enum(['upheld', 'partly_upheld', 'dismissed', 'withdrawn']),
  }),
});

/**
 * Hình thức kỷ luật đảng viên (Điều lệ Đảng, Điều 35): khiển trách, cảnh cáo, cách chức, khai trừ;
 * a probationary member may only be reprimanded or warned.
 */
export const DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];
export const PROBATIONARY_DISCIPLINE_LEVELS: readonly DisciplineLevel[] = ['khien_trach', 'canh_cao'];

/**
 * A discipline decided for a person. occurredOn = decidedOn (the decision's date); `effectiveOn`
 * is the day it takes effect — an expulsion removes the member from that day.
 */
export const DisciplineDecided = defineEvent({
  service: 'inspection',
  aggregate: 'discipline',
  name: 'decided',
  version: 1,
  schema: z.object({
    ...about,
    decisionId: z.uuid(),
    /** The inspection case it concludes, when there was one. */
    caseId: z.uuid().nullable(),
    level: z.enum(DISCIPLINE_LEVELS),
    decidedOn: localDate,
    decisionNumber: z.string().min(1),
    effectiveOn: localDate,
  }),
});

/**
 * A discipline annulled (hủy bỏ, by a higher body on a complaint) or withdrawn (thu hồi) as
 * unfounded: it never held. `replaced`: a complaint lessened it, and the lighter penalty follows
 * as its own `discipline.decided` (same effective date) — the replaced one stops holding as an
 * annulled one does (widened within v1: every earlier event still validates). occurredOn = annulledOn.
 */
export const DisciplineAnnulled = defineEvent({
  service: 'inspection',
  aggregate: 'discipline',
  name: 'annulled',
  version: 1,
  schema: z.object({
    ...about,
    decisionId: z.uuid(),
    annulledOn: localDate,
    /** The decision that annuls or withdraws it. */
    decisionNumber: z.string().min(1),
    reason: z.enum(['annulled', 'withdrawn', 'replaced']),
  }),
});

export const INSPECTION_EVENTS = [InspectionCaseOpened, InspectionCaseClosed, ComplaintFiled, ComplaintResolved, DisciplineDecided, DisciplineAnnulled] as const;
