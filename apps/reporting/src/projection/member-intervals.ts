import { compareFacts, type FactTiming, MemberAdmitted, MemberDied, MemberExpelled, MemberLeftParty, MemberReassigned, MemberRegistered, MemberRemovedFromProbation, MemberStruckOff, TransferCompleted } from '@party/contracts';

/**
 * A person's membership of the bloc through time, from their facts in the order they happened in
 * the world (effective date, then the order recorded). Pure, so a back-dated fact recorded late
 * lands in its place when the intervals are derived again.
 *
 * - `member.registered` (an existing member, dated their admission decision) and `member.admitted`
 *   start membership at their organization;
 * - `transfer.completed`: `in` starts it at the destination, `internal` moves it there (never
 *   bringing back someone whose membership ended), `out` ends
 *   it (the member stops counting on the effective date); `temporary` never moves anyone;
 * - `member.reassigned` (their organization merged, split or dissolved) moves a current member to
 *   the organization the decision named, like an internal move but never a transfer: the bloc's
 *   headcount is unchanged and no transfer figure counts it;
 * - died, struck off, left the Party, expelled (khai trừ, on the discipline's effective date),
 *   removed from probation end it on their date.
 * Whether the organization itself is in the bloc on a date (handed over, handed in) is the tree's
 * business: the calculators intersect these intervals with `org_version`.
 */
export interface MemberEventRow extends FactTiming {
  type: string;
  orgId: string | null;
  /** transfer kind (out | in | internal | temporary) for `transfer.completed`; the reason (merged | split | dissolved) for `member.reassigned`. */
  detail: string | null;
  toOrgId: string | null;
}

export interface MemberIntervalRow {
  seq: number;
  orgId: string;
  validFrom: string;
  /** Exclusive; null while it still holds. */
  validTo: string | null;
}

export const STARTS: ReadonlySet<string> = new Set([MemberRegistered.type, MemberAdmitted.type]);
export const ENDS: ReadonlySet<string> = new Set([MemberDied.type, MemberStruckOff.type, MemberLeftParty.type, MemberExpelled.type, MemberRemovedFromProbation.type]);
/** The fact types that shape the intervals. */
export const INTERVAL_TYPES: ReadonlySet<string> = new Set([...STARTS, ...ENDS, TransferCompleted.type, MemberReassigned.type]);

export function deriveMemberIntervals(events: readonly MemberEventRow[]): MemberIntervalRow[] {
  const out: Omit<MemberIntervalRow, 'seq'>[] = [];
  const open = () => {
    const last = out.at(-1);
    return last && last.validTo === null ? last : undefined;
  };
  const close = (on: string) => {
    const o = open();
    if (!o) return;
    if (o.validFrom >= on) out.pop(); // began and ended the same day: never counted on a date
    else o.validTo = on;
  };
  const startAt = (orgId: string | null, on: string) => {
    if (!orgId) return;
    const o = open();
    if (o && o.orgId === orgId) return;
    close(on);
    out.push({ orgId, validFrom: on, validTo: null });
  };
  for (const e of [...events].filter((x) => INTERVAL_TYPES.has(x.type)).sort(compareFacts)) {
    if (STARTS.has(e.type)) startAt(e.orgId, e.occurredOn);
    else if (ENDS.has(e.type)) close(e.occurredOn);
    // reassigned: moves a current member only, like an internal transfer (a member who had left stays out)
    else if (e.type === MemberReassigned.type) {
      if (open()) startAt(e.toOrgId ?? e.orgId, e.occurredOn);
    }
    else if (e.detail === 'in') startAt(e.toOrgId ?? e.orgId, e.occurredOn);
    // internal: moves a current member; never brings back one who had left (a fact out of order is said by the reconciliation)
    else if (e.detail === 'internal' && (open() || !out.length)) startAt(e.toOrgId ?? e.orgId, e.occurredOn);
    else if (e.detail === 'out') close(e.occurredOn);
    // temporary: the member stays counted at home
  }
  return out.map((v, i) => ({ seq: i + 1, ...v }));
}
