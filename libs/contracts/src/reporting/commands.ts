import { z } from 'zod';
import { bilingual } from '../errors/validate';

/** The year of `GET /api/reports/year-end/{year}`. */
export const reportYearSchema = z.coerce
  .number({ message: bilingual('Năm không hợp lệ', 'Invalid year') })
  .int(bilingual('Năm không hợp lệ', 'Invalid year'))
  .min(1930, bilingual('Năm phải từ 1930', 'Year must be 1930 or later'))
  .max(2100, bilingual('Năm phải trước 2100', 'Year must be 2100 or earlier'));

/** The query string of `GET /api/reports/year-end/{year}`. */
export const yearEndQuerySchema = z.strictObject({
  /** One organization's subtree; the caller's whole scope when absent. */
  orgId: z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional(),
});

/** The terms of the headcount reconciliation, in the order they are printed. */
export const RECONCILIATION_TERMS = [
  'opening',
  'admitted',
  'transferredIn',
  'transferredOut',
  'died',
  'struckOff',
  'leftParty',
  'expelled',
  'removedFromProbation',
  'handedOverIn',
  'handedOverOut',
  'closing',
] as const;
export type ReconciliationTerm = (typeof RECONCILIATION_TERMS)[number];

/**
 * Members the year's closing holds because they were recorded from the books (nhập từ sổ sách:
 * `member.registered`, an existing member dated their admission decision) rather than by a flow
 * of the year: registered on a day of the year in an organization of the tree, or carried into
 * the tree by their organization's establishment in the year. Never an admission of any year.
 * Printed as a line of its own, before the closing, only when the year has some.
 */
export const BOOKS_TERM = 'recordedFromBooks';
export type Reconciliation = Record<ReconciliationTerm, number | null> & { [BOOKS_TERM]?: number };

/** +1 adds to the opening headcount, −1 subtracts; `closing` is the result. */
export const RECONCILIATION_SIGNS: Readonly<Record<Exclude<ReconciliationTerm, 'opening' | 'closing'>, 1 | -1>> = {
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
};

/**
 * null while any term is unknown; otherwise opening ± the flows. `notYetFed`: terms whose figure
 * no service publishes yet (pending: no consumer feeds its key): left out while null.
 */
export function reconciledClosing(r: Reconciliation, notYetFed: readonly ReconciliationTerm[] = []): number | null {
  if (r.opening === null) return null;
  let total = r.opening;
  for (const [term, sign] of Object.entries(RECONCILIATION_SIGNS) as [keyof typeof RECONCILIATION_SIGNS, 1 | -1][]) {
    const v = r[term];
    if (v === null && notYetFed.includes(term)) continue;
    if (v === null) return null;
    total += sign * v;
  }
  return total + (r[BOOKS_TERM] ?? 0);
}
