import { viShare } from '@party/contracts';
import type { Reconciliation, ReconciliationTerm } from '../../api/reports';

/*
 * The terms, signs and sum of contracts' reconciliation (reporting/commands.ts), repeated here:
 * that module builds zod schemas at load time, and importing a value from it would put zod in
 * the bundle. The types keep them in step: the signs must cover every flow of `ReconciliationTerm`.
 */
const RECONCILIATION_TERMS = [
  'opening', 'admitted', 'transferredIn', 'transferredOut', 'died', 'struckOff', 'leftParty',
  'expelled', 'removedFromProbation', 'handedOverIn', 'handedOverOut', 'recordedFromBooks', 'closing',
] as const satisfies readonly ReconciliationTerm[];
type Flow = Exclude<ReconciliationTerm, 'opening' | 'closing'>;
const RECONCILIATION_SIGNS: Readonly<Record<Flow, 1 | -1>> = {
  admitted: 1,
  transferredIn: 1,
  transferredOut: -1,
  died: -1,
  struckOff: -1,
  leftParty: -1,
  expelled: -1,
  removedFromProbation: -1,
  handedOverIn: 1,
  handedOverOut: -1,
  // members the closing holds because they were recorded from the books; absent when there are none
  recordedFromBooks: 1,
};

/** null while any term is unknown (null); otherwise opening ± the flows, an absent one counting 0. */
function reconciledClosing(r: Reconciliation): number | null {
  if (r.opening === null) return null;
  let total = r.opening;
  for (const [term, sign] of Object.entries(RECONCILIATION_SIGNS) as [Flow, 1 | -1][]) {
    const v = r[term];
    if (v === null) return null;
    total += sign * (v ?? 0);
  }
  return total;
}

/**
 * Metrics the report prints as a share of another (`143/151 = 94,7%`). The catalogue has no
 * field for it yet, so the pairs are named here: part → whole.
 */
export const SHARE_OF: Readonly<Record<string, string>> = {
  'orgs.grassroots.partyCommittees': 'orgs.grassroots',
  'orgs.grassroots.cells': 'orgs.grassroots',
  ...Object.fromEntries(
    (['orgs', 'members'] as const).flatMap((who) =>
      ['goodOrBetter', 'excellent', 'completed', 'notCompleted'].map((level) => [`rating.${who}.${level}`, `rating.${who}.rated`]),
    ),
  ),
};

/** `143/151 = 94,7%` when the metric is a share and both counts are known; null otherwise. */
export function shareText(key: string, metrics: Readonly<Record<string, number | null>>): string | null {
  const wholeKey = SHARE_OF[key];
  if (!wholeKey) return null;
  const part = metrics[key];
  const whole = metrics[wholeKey];
  if (part === null || part === undefined || whole === null || whole === undefined) return null;
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole < 0 || whole === 0) return null;
  return viShare(part, whole);
}

export interface ReconciliationLine {
  term: ReconciliationTerm;
  /** 0 for the opening and the closing, +1 / −1 for a flow. */
  sign: 0 | 1 | -1;
  value: number | null;
}

export interface ReconciliationSummary {
  lines: ReconciliationLine[];
  /** opening ± flows, null while a term is unknown. */
  computed: number | null;
  /** The closing headcount the report gives differs from opening ± flows. */
  mismatch: boolean;
  /** At least one term is known: the table is worth showing. */
  present: boolean;
}

export function summarizeReconciliation(r: Reconciliation | null | undefined): ReconciliationSummary {
  if (!r) return { lines: [], computed: null, mismatch: false, present: false };
  const lines = RECONCILIATION_TERMS.filter((term) => r[term] !== undefined).map((term): ReconciliationLine => ({
    term,
    sign: term === 'opening' || term === 'closing' ? 0 : RECONCILIATION_SIGNS[term],
    value: r[term] ?? null,
  }));
  const computed = reconciledClosing(r);
  return {
    lines,
    computed,
    mismatch: computed !== null && r.closing !== null && computed !== r.closing,
    present: lines.some((l) => l.value !== null),
  };
}

/** The training course types the report counts classes and students for (`training.classes.<code>`). */
export const TRAINING_COURSE_CODES = ['candidates', 'newMembers', 'intermediateTheory'] as const;
export type TrainingCourseCode = (typeof TRAINING_COURSE_CODES)[number];

export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
}
