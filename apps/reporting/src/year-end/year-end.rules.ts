import { BADGE_LEVELS, BOOKS_TERM, METRICS, Reconciliation, reconciledClosing, ReconciliationTerm, ReportInconsistency, ReportShare, roundedPercent, viShare } from '@party/contracts';

/** Totals that must equal the sum of their parts, checked when every key is known. */
export const SUM_CHECKS: readonly { total: string; parts: readonly string[] }[] = [
  { total: 'orgs.grassroots', parts: ['orgs.grassroots.partyCommittees', 'orgs.grassroots.cells'] },
  { total: 'badges.awarded', parts: BADGE_LEVELS.map((l) => `badges.awarded.${l}`) },
  { total: 'rating.orgs.rated', parts: ['rating.orgs.goodOrBetter', 'rating.orgs.completed', 'rating.orgs.notCompleted'] },
  { total: 'rating.members.rated', parts: ['rating.members.goodOrBetter', 'rating.members.completed', 'rating.members.notCompleted'] },
];

/**
 * The figures the catalogue writes as a share of another (`shareOf`), as Vietnamese reports write
 * them (`143/151 = 94,7%`, rounded half up), each once both counts are known.
 */
export function sharesOf(metrics: Record<string, number | null>): Record<string, ReportShare> {
  const out: Record<string, ReportShare> = {};
  for (const m of METRICS) {
    if (!m.shareOf) continue;
    const part = metrics[m.key];
    const whole = metrics[m.shareOf];
    if (part == null || whole == null) continue;
    out[m.key] = { of: m.shareOf, part, whole, percent: roundedPercent(part, whole), text: viShare(part, whole) };
  }
  return out;
}

/** Which catalogue key gives each reconciliation term (opening: `members.total` a year earlier). */
export const RECONCILIATION_KEYS = {
  admitted: 'members.admitted',
  transferredIn: 'transfers.in',
  transferredOut: 'transfers.out',
  died: 'deaths',
  struckOff: 'members.struckOff',
  leftParty: 'members.leftParty',
  expelled: 'members.expelled',
  removedFromProbation: 'members.removedFromProbation',
  handedOverIn: 'members.handedIn',
  handedOverOut: 'members.handedOver',
  closing: 'members.total',
} as const;

/** The terms in print order; the members recorded from the books stand before the closing, when there are any. */
export function reconciliationOf(metrics: Record<string, number | null>, opening: number | null, fromBooks = 0): Reconciliation {
  const { closing, ...flows } = Object.fromEntries(Object.entries(RECONCILIATION_KEYS).map(([term, key]) => [term, metrics[key] ?? null]));
  return { opening, ...flows, ...(fromBooks ? { [BOOKS_TERM]: fromBooks } : {}), closing } as Reconciliation;
}

/** The reconciliation terms whose key is pending (no service feeds it yet): left out of the closing while null. */
export function notYetFedTerms(pending: Iterable<string>): ReconciliationTerm[] {
  const p = new Set(pending);
  return (Object.entries(RECONCILIATION_KEYS) as [ReconciliationTerm, string][]).filter(([term, key]) => term !== 'closing' && p.has(key)).map(([term]) => term);
}

/** What does not add up in the inputs, said rather than hidden. */
export function findInconsistencies(metrics: Record<string, number | null>, reconciliation: Reconciliation, pending: Iterable<string> = []): ReportInconsistency[] {
  const found: ReportInconsistency[] = [];
  for (const check of SUM_CHECKS) {
    const total = metrics[check.total];
    const parts = check.parts.map((k) => metrics[k]);
    if (total == null || parts.some((p) => p == null)) continue;
    const sum = (parts as number[]).reduce((a, b) => a + b, 0);
    if (sum !== total) {
      found.push({
        code: 'sum_mismatch',
        message: {
          vi: `${check.total} = ${total} nhưng tổng các thành phần (${check.parts.join(' + ')}) = ${sum}`,
          en: `${check.total} = ${total} but its parts (${check.parts.join(' + ')}) add up to ${sum}`,
        },
        keys: [check.total, ...check.parts],
        expected: sum,
        actual: total,
      });
    }
  }
  const expected = reconciledClosing(reconciliation, notYetFedTerms(pending));
  if (expected !== null && reconciliation.closing !== null && expected !== reconciliation.closing) {
    found.push({
      code: 'headcount_not_reconciled',
      message: {
        vi: `Số đảng viên cuối kỳ ${reconciliation.closing} khác số tính từ đầu kỳ và biến động trong năm (${expected})`,
        en: `Closing headcount ${reconciliation.closing} differs from opening plus the year's movements (${expected})`,
      },
      keys: ['reconciliation'],
      expected,
      actual: reconciliation.closing,
    });
  }
  return found;
}
