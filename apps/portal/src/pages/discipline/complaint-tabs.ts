import type { ComplaintKind, ComplaintQuery } from '../../api/discipline';

/** The complaints worklist's tabs: pending within their deadline, pending past it, everything. */
export const COMPLAINT_TABS = ['due', 'overdue', 'all'] as const;
export type ComplaintTab = (typeof COMPLAINT_TABS)[number];

export const readTab = (v: string | undefined): ComplaintTab => ((COMPLAINT_TABS as readonly string[]).includes(v ?? '') ? (v as ComplaintTab) : 'due');

const KINDS: ComplaintKind[] = ['to_cao', 'khieu_nai'];
export const readKind = (v: string | undefined): ComplaintKind | undefined => (KINDS.includes(v as ComplaintKind) ? (v as ComplaintKind) : undefined);

/** The list query of a tab (a settled case, even settled late, is no longer on the worklist tabs). */
export function tabQuery(tab: ComplaintTab): Pick<ComplaintQuery, 'status' | 'deadline'> {
  return tab === 'all' ? {} : { status: 'pending', deadline: tab };
}
