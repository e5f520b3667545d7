import type { Transfer, TransferHop, TransferState } from '../../api/transfers';
import { TRANSFER_STATES } from '../../api/transfers';
import { daysBetween } from '../../format';

/**
 * The page's tabs: the list by state (or all), then the two worklists. "completed" (in effect on
 * the date) is nearly every transfer, so it has no tab of its own: "all" with the date shows it.
 */
export type TransferTab = 'all' | Exclude<TransferState, 'completed'> | 'deadlines' | 'missingDossiers';
export const TRANSFER_TABS: TransferTab[] = ['all', 'inTransit', 'overdue', 'arrived', 'deadlines', 'missingDossiers'];
/** Parameters every tab keeps when the reader switches tabs (the others belong to one tab's table). */
export const SHARED_PARAMS = ['orgId', 'asOf'] as const;

export function readTab(value: string | null): TransferTab {
  return (TRANSFER_TABS as string[]).includes(value ?? '') ? (value as TransferTab) : 'all';
}

export const isStateTab = (tab: TransferTab): tab is Exclude<TransferState, 'completed'> => (TRANSFER_STATES as string[]).includes(tab);

/** The address of another tab: the shared filters stay, the table's own state (page, sort, filters) goes. */
export function tabSearch(current: URLSearchParams, tab: TransferTab): string {
  const next = new URLSearchParams();
  for (const key of SHARED_PARAMS) {
    const v = current.get(key);
    if (v) next.set(key, v);
  }
  if (tab !== 'all') next.set('tab', tab);
  const s = next.toString();
  return s ? `?${s}` : '';
}

export { daysBetween };

/** A deadline's colour: overdue (red), due within a week (orange), due later (blue). */
export type DeadlineTone = 'overdue' | 'dueSoon' | 'due';
export const DUE_SOON_DAYS = 7;
export function deadlineTone(d: { status: 'due' | 'overdue'; deadline: string }, asOf: string): DeadlineTone {
  if (d.status === 'overdue') return 'overdue';
  return daysBetween(asOf, d.deadline) <= DUE_SOON_DAYS ? 'dueSoon' : 'due';
}
export const TONE_COLOR: Record<DeadlineTone, string> = { overdue: 'red', dueSoon: 'orange', due: 'blue' };

/** Waiting for a dossier: past 6 months is serious (two checks missed), before that a warning. */
export const missingTone = (months: number): 'red' | 'orange' => (months >= 6 ? 'red' : 'orange');

/** The introduction letter has 10 boxes: each filled one with its hop, the rest empty. */
export const LETTER_BOXES = 10;
export function letterBoxes(hops: TransferHop[]): { box: number; hop: TransferHop | null }[] {
  return Array.from({ length: LETTER_BOXES }, (_, i) => ({ box: i + 1, hop: hops.find((h) => h.box === i + 1) ?? null }));
}

/** Which commands a transfer still takes: the journey (boxes, arrival) while in transit; the follow-up once arrived. */
export function commandsFor(t: Pick<Transfer, 'kind' | 'status' | 'hops' | 'arrivedOn' | 'activityStartedOn' | 'dossierReceivedOn'>) {
  const travelling = t.kind === 'internal' && t.status === 'inTransit';
  return {
    hops: travelling && t.hops.length < LETTER_BOXES,
    arrive: travelling,
    followUp: (t.kind === 'internal' || t.kind === 'in') && Boolean(t.arrivedOn) && (!t.activityStartedOn || !t.dossierReceivedOn),
  };
}

/** `date` plus `months` calendar months, the day kept or clamped to the month's end (31/1 + 1 → 28 or 29/2). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The end dates a temporary transfer allows (3 months – 1 year; study 2 years); the service has the last word. */
export function temporaryRange(startOn: string, purpose: 'work' | 'study'): { min: string; max: string; months: number } {
  const months = purpose === 'study' ? 24 : 12;
  return { min: addMonths(startOn, 3), max: addMonths(startOn, months), months };
}
