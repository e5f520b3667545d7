import { fullYearsBetween } from './age';
import { addDays, diffDays, isBefore, maxDate, minDate, isAfter, type LocalDate } from './local-date';
import { versionOn, type Rule } from './rule';

export const PARTY_AGE_RULES: readonly Rule<undefined>[] = [
  {
    id: 'party-age',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 5',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Tuổi đảng của đảng viên chính thức tính từ ngày ghi trong quyết định kết nạp, trừ thời gian không sinh hoạt đảng (bị xóa tên, khai trừ, mất liên lạc, gián đoạn khi chuyển sinh hoạt).',
      en: "An official member's party age counts from the date on the admission decision, minus the periods out of party life (struck off, expelled, lost contact, transfer gaps).",
    },
    params: undefined,
  },
];

/** A period not counted: from the first day out to the day party life resumed (exclusive). */
export interface Interruption {
  from: LocalDate;
  to: LocalDate;
}

export interface PartyAgeFacts {
  admissionDecisionDate: LocalDate;
  interruptions?: readonly Interruption[];
  /** Ceremony + 12 months; before it the member has no party age yet. */
  officialOn?: LocalDate;
}

export interface PartyAge {
  rule: Rule<undefined>;
  official: boolean;
  days: number;
  fullYears: number;
  interruptedDays: number;
  /** Admission date pushed forward by the interrupted days: anniversaries count from here. */
  effectiveStart: LocalDate;
}

/** Days inside interruptions that fall between `from` and `to`, overlapping periods counted once. */
export function interruptedDaysBetween(interruptions: readonly Interruption[], from: LocalDate, to: LocalDate): number {
  const clipped = interruptions
    .map((i) => ({ from: maxDate(i.from, from), to: minDate(i.to, to) }))
    .filter((i) => isBefore(i.from, i.to))
    .sort((a, b) => diffDays(b.from, a.from));
  let total = 0;
  let cursor: LocalDate | undefined;
  for (const i of clipped) {
    const start = cursor && isAfter(cursor, i.from) ? cursor : i.from;
    if (isBefore(start, i.to)) total += diffDays(start, i.to);
    if (!cursor || isAfter(i.to, cursor)) cursor = i.to;
  }
  return total;
}

export function partyAge(facts: PartyAgeFacts, asOf: LocalDate): PartyAge {
  const rule = versionOn(PARTY_AGE_RULES, asOf);
  if (isBefore(asOf, facts.admissionDecisionDate)) {
    throw new RangeError(`asOf ${asOf} is before the admission decision ${facts.admissionDecisionDate}`);
  }
  for (const i of facts.interruptions ?? []) {
    if (isBefore(i.to, i.from)) throw new RangeError(`Interruption ends (${i.to}) before it starts (${i.from})`);
  }
  const interruptedDays = interruptedDaysBetween(facts.interruptions ?? [], facts.admissionDecisionDate, asOf);
  const effectiveStart = addDays(facts.admissionDecisionDate, interruptedDays);
  return {
    rule,
    official: !facts.officialOn || !isBefore(asOf, facts.officialOn),
    days: diffDays(facts.admissionDecisionDate, asOf) - interruptedDays,
    fullYears: fullYearsBetween(effectiveStart, asOf),
    interruptedDays,
    effectiveStart,
  };
}
