import { formatNumber } from '../../format';

/**
 * The cadre workspace's pure decisions: terms of office (nhiệm kỳ) as documents write them, the
 * terms offered in a select, a year from the address, shares written as Vietnamese reports write
 * them, and which submitted row a server refusal is about when the form sends only some rows.
 */

const TERM = /^(\d{4})-(\d{4})$/;

/** `2020-2025`: five years from a congress year (Điều lệ Đảng, Điều 13). */
export function isTerm(value: string | null | undefined): value is string {
  const m = value ? TERM.exec(value) : null;
  return m !== null && Number(m[2]) - Number(m[1]) === 5 && Number(m[1]) >= 1930 && Number(m[1]) <= 2100;
}

/** The term a date (`YYYY-MM-DD`) falls in, terms counted from 2020-2025 in steps of five years (contracts' `termOf`). */
export function termOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const from = 2020 + Math.floor((year - 2020) / 5) * 5;
  return `${from}-${from + 5}`;
}

/** The first year of a term. */
export const termStart = (term: string): number => Number(term.slice(0, 4));

/**
 * The terms offered, newest first: the next term (plans are made for it), the current one and
 * three before, plus any shown or known term outside those.
 */
export function termChoices(today: string, extra: readonly (string | null | undefined)[] = []): string[] {
  const current = termStart(termOf(today));
  const terms = new Set([current + 5, current, current - 5, current - 10, current - 15].map((y) => `${y}-${y + 5}`));
  for (const t of extra) if (isTerm(t)) terms.add(t);
  return [...terms].sort((a, b) => b.localeCompare(a));
}

/** A year from the address when it is one (1930–2100), else null. */
export function yearFrom(value: string | null | undefined): number | null {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 1930 && year <= 2100 ? year : null;
}

/** The years offered: from next year back ten years, plus the shown one and the latest with data. */
export function yearChoices(shown: number, latest: number | null, today: string): number[] {
  const current = Number(today.slice(0, 4));
  const years = new Set(Array.from({ length: 11 }, (_, i) => current + 1 - i));
  years.add(shown);
  if (latest) years.add(latest);
  return [...years].sort((a, b) => b - a);
}

/** `12/15 = 80,0%`, as the year-end report writes a share (one decimal, rounded); `0/0` has no share. */
export function shareText(part: number, whole: number): string {
  if (whole <= 0) return `${formatNumber(part)}/${formatNumber(whole)}`;
  // one decimal always (80,0%), rounded half up on the tenth of a percent: 8/151 is 5,3%, not 5,2%
  const tenths = Math.round((part / whole) * 1000);
  return `${formatNumber(part)}/${formatNumber(whole)} = ${Math.floor(tenths / 10)},${tenths % 10}%`;
}

/** A cap in use: `3/3`; full when nothing more may be added. */
export function capUse(cap: { used: number; allowed: number }): { text: string; full: boolean; over: boolean } {
  return { text: `${formatNumber(cap.used)}/${formatNumber(cap.allowed)}`, full: cap.used >= cap.allowed, over: cap.used > cap.allowed };
}

/**
 * A form holds every row it shows but sends only those chosen (a letter's people, the cases a
 * conclusion names): the server's `cases.1.summary` is about the second row sent. This maps each
 * sent index's field to the form's path, so the message lands under the row it is about.
 */
export function sentRowAliases(listName: string, chosen: readonly boolean[], fields: readonly string[]): Record<string, (string | number)[]> {
  const aliases: Record<string, (string | number)[]> = {};
  let sent = 0;
  chosen.forEach((isChosen, row) => {
    if (!isChosen) return;
    for (const f of fields) aliases[`${listName}.${sent}.${f}`] = [listName, row, f];
    aliases[`${listName}.${sent}`] = [listName, row, fields[0]];
    sent += 1;
  });
  return aliases;
}
