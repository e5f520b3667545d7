import type { TimelineEntry } from '../../api/members';

/** `membership.member.admitted` → `member.admitted`, the key of its label under `memberRecord.events`. */
export function eventKey(type: string): string {
  return type.split('.').slice(1).join('.');
}

/** A line under an event's label: a key under `memberRecord.timeline.details` and its values. */
export interface EventDetail {
  key: 'decision' | 'card' | 'badge' | 'toCommittee' | 'fromCommittee' | 'corrected' | 'exempted' | 'dossierKind';
  values: Record<string, string | number | string[]>;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/**
 * What the official reads under an event: the decision, card or badge it records, where a
 * transfer went. Only facts the event carries; nothing confidential (dossier events hold kinds only).
 */
export function eventDetails(entry: Pick<TimelineEntry, 'type' | 'data'>): EventDetail[] {
  const data = (entry.data && typeof entry.data === 'object' ? entry.data : {}) as Record<string, unknown>;
  const key = eventKey(entry.type);
  const details: EventDetail[] = [];
  if (key === 'card.issued' || key === 'card.reissued') {
    const number = text(data.cardNumber);
    if (number) details.push({ key: 'card', values: { number } });
  }
  if (key === 'badge.awarded' && typeof data.level === 'number') details.push({ key: 'badge', values: { level: data.level } });
  if (key === 'transfer.departed' || key === 'transfer.completed') {
    const to = text(data.toCommittee);
    if (to) details.push({ key: 'toCommittee', values: { name: to } });
  }
  if (key === 'transfer.arrived') {
    const from = text(data.fromCommittee);
    if (from) details.push({ key: 'fromCommittee', values: { name: from } });
  }
  if (key === 'person.corrected' && Array.isArray(data.changed)) {
    details.push({ key: 'corrected', values: { fields: data.changed.filter((f): f is string => typeof f === 'string') } });
  }
  if (key === 'member.exempted') {
    const from = text(data.from);
    if (from) details.push({ key: 'exempted', values: { from } });
  }
  if (key === 'dossier.entryAdded' || key === 'dossier.entryCorrected') {
    const kind = text(data.kind);
    if (kind) details.push({ key: 'dossierKind', values: { kind } });
  }
  const decision = text(data.decisionNumber) ?? text(data.approvalDecisionNumber);
  if (decision) details.push({ key: 'decision', values: { number: decision } });
  return details;
}
