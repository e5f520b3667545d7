import { addDays, addMonths, minDate, onWeekday } from '../dates';
import { DemoPerson, identity } from '../people';
import { Random } from '@party/testing';
import { admissionWindowFor, awardsOf, BadgeAward, BADGES_2023, YOUNGEST_WITHOUT_BADGE } from './badge-plan';
import { DemoOrg, DemoTree } from './organizations';

/** Official members at 31/12/2022 (with the 248 probationers admitted in 2022, 9,197). */
export const OPENING_OFFICIALS = 8949;
/** Members of the six organizations handed over in 2023, who leave the bloc with them. */
export const HANDED_OVER_MEMBERS = 438;

export type OpeningRole = 'ordinary' | 'badge' | 'lateOfficial' | 'cardDamaged' | 'cardLost';

export interface OpeningMember extends DemoPerson {
  admissionDecisionDate: string;
  admissionDecisionNumber: string;
  ceremonyDate: string;
  officialDate: string;
  card: { number: string; issuedOn: string } | null;
  role: OpeningRole;
  /** Badges: the earlier levels (history) and the one due in 2023. */
  badges: BadgeAward[];
}

export interface OpeningRoster {
  members: OpeningMember[];
  /** Official members at 31/12/2022 by unit, in the units that stay in the bloc. */
  byUnit: Map<string, OpeningMember[]>;
  stayingUnits: DemoOrg[];
}

/** Splits `total` into `parts` sizes that differ by at most one. */
export function spread(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

let cardSeq = 1;
const nextCardNumber = () => `01${String(100_000 + cardSeq++).padStart(7, '0')}`;
export const newCardNumber = nextCardNumber;

function member(r: Random, orgId: string, admissionDecisionDate: string, role: OpeningRole, withCard: boolean): OpeningMember {
  const bornYear = Number(admissionDecisionDate.slice(0, 4)) - r.int(20, 32);
  const who = identity(r, [`${bornYear}-01-01`, `${bornYear}-12-31`]);
  const ceremonyDate = onWeekday(addDays(admissionDecisionDate, r.int(7, 25)));
  const officialDate = addMonths(ceremonyDate, 12);
  return {
    ...who,
    orgId,
    admissionDecisionDate,
    admissionDecisionNumber: `${r.int(10, 999)}-QĐ/ĐU`,
    ceremonyDate,
    officialDate,
    card: withCard ? { number: nextCardNumber(), issuedOn: onWeekday(minDate(addDays(officialDate, r.int(30, 150)), '2022-12-20')) } : null,
    role,
    badges: role === 'badge' ? awardsOf(admissionDecisionDate) : [],
  };
}

/** An admission year weighted towards the recent: a bloc of enterprises is young. */
function ordinaryAdmission(r: Random): string {
  const years = Array.from({ length: 2021 - 1993 + 1 }, (_, i) => 1993 + i);
  const year = r.weighted(years.map((y) => [y, Math.pow(y - 1988, 1.3)] as const));
  const from = year === 1993 ? YOUNGEST_WITHOUT_BADGE : `${year}-01-02`;
  return onWeekday(r.date(from, year === 2021 ? '2021-08-31' : `${year}-12-20`));
}

/**
 * The official members at 31/12/2022: 438 in the organizations handed over in 2023, the rest in
 * the units that stay. Among those that stay, the people whose 2023 the report counts: the 68
 * badges and the cards reissued (27 damaged, 5 lost); the plan picks the rest from the ordinary.
 */
export function planOpeningRoster(r: Random, tree: DemoTree): OpeningRoster {
  const handedOverIds = new Set(tree.handedOver.map((o) => o.id));
  const dissolvedIds = new Set(tree.dissolved.map((o) => o.id));
  const units = [...tree.cells, ...tree.dependentCells].filter((u) => !dissolvedIds.has(u.id));
  const leaving = units.filter((u) => handedOverIds.has(u.id) || handedOverIds.has(u.parentId));
  const stayingUnits = units.filter((u) => !handedOverIds.has(u.id) && !handedOverIds.has(u.parentId));
  const leavingSeats = leaving.flatMap((u, i) => Array<string>(spread(HANDED_OVER_MEMBERS, leaving.length)[i]).fill(u.id));
  const stayingSeats = stayingUnits.flatMap((u, i) => Array<string>(spread(OPENING_OFFICIALS - HANDED_OVER_MEMBERS, stayingUnits.length)[i]).fill(u.id));
  // the special people sit in seats spread over the bloc, not all in the first units
  const shuffled = [...stayingSeats].sort(() => r.next() - 0.5);

  const members: OpeningMember[] = [];
  let s = 0;
  for (const { level, count } of BADGES_2023) {
    for (let i = 0; i < count; i++) members.push(member(r, shuffled[s++], onWeekday(r.date(...admissionWindowFor(level))), 'badge', true));
  }
  for (let i = 0; i < 27; i++) members.push(member(r, shuffled[s++], ordinaryAdmission(r), 'cardDamaged', true));
  for (let i = 0; i < 5; i++) members.push(member(r, shuffled[s++], ordinaryAdmission(r), 'cardLost', true));
  for (; s < shuffled.length; s++) members.push(member(r, shuffled[s], ordinaryAdmission(r), 'ordinary', true));
  for (const seat of leavingSeats) members.push(member(r, seat, ordinaryAdmission(r), 'ordinary', true));

  const byUnit = new Map<string, OpeningMember[]>();
  const stayingIds = new Set(stayingUnits.map((u) => u.id));
  for (const m of members) if (stayingIds.has(m.orgId)) byUnit.set(m.orgId, [...(byUnit.get(m.orgId) ?? []), m]);
  return { members, byUnit, stayingUnits };
}
