import { addDays, addMonths, onWeekday } from '../dates';
import { DemoPerson, identity } from '../people';
import { Random } from '@party/testing';
import { OpeningMember, OpeningRoster } from './roster';

/** One candidate's way to admission, every date of it planned so each rule holds on its day. */
export interface CandidatePlan extends DemoPerson {
  nominatedBy: string;
  nominatedOn: string;
  sympathizerOn: string;
  mentor: OpeningMember;
  vettingConcludedOn: string;
  introducers: [{ member: OpeningMember; togetherSince: string }, { member: OpeningMember; togetherSince: string }];
  voteDate: string;
  officialMembers: number;
  votesFor: number;
  decisionDate: string;
  decisionNumber: string;
  ceremonyDate: string;
  candidateId?: string;
}

/** A class's students who go on to be admitted, with the window in which their chi bộ votes. */
export interface Cohort {
  count: number;
  /** The day the class's certificates are issued. */
  certifiedOn: string;
  votes: [string, string];
  born: [string, string];
  /** Units to draw from (all staying units by default). */
  units?: string[];
}

const MASS = [['youth-union', 70], ['trade-union', 25], ['women-union', 5]] as const;

/**
 * Plans `cohort.count` admissions: nominated a few months before the class, listed as sympathizer,
 * vetted, introduced by two official members of their chi bộ who have known them ≥ 12 months, voted
 * for by ≥ 2/3, decided within 60 and admitted within 30 working days (kept well inside).
 */
export function planCohort(r: Random, roster: OpeningRoster, cohort: Cohort): CandidatePlan[] {
  const units = (cohort.units ?? roster.stayingUnits.map((u) => u.id)).filter((u) => (roster.byUnit.get(u) ?? []).filter((m) => m.role === 'ordinary').length >= 4);
  return Array.from({ length: cohort.count }, () => {
    const voteDate = onWeekday(r.date(...cohort.votes));
    const nominatedOn = onWeekday(addDays(cohort.certifiedOn, -r.int(60, 150)));
    const sympathizerOn = onWeekday(addDays(nominatedOn, r.int(7, 30)));
    // introducers and mentor: official members already, the mentor from the day of the listing
    let unit = r.pick(units);
    let officials = (roster.byUnit.get(unit) ?? []).filter((m) => m.role === 'ordinary');
    while (officials.filter((m) => m.officialDate < sympathizerOn).length < 3) {
      unit = r.pick(units);
      officials = (roster.byUnit.get(unit) ?? []).filter((m) => m.role === 'ordinary');
    }
    const [a, b, mentor] = officials.filter((m) => m.officialDate < sympathizerOn).sort(() => r.next() - 0.5);
    const decisionDate = onWeekday(addDays(voteDate, r.int(10, 30)));
    const n = officials.length + r.int(0, 3);
    const since = () => r.date('2018-01-01', addMonths(voteDate, -13));
    return {
      ...identity(r, cohort.born),
      orgId: unit,
      nominatedBy: r.weighted(MASS),
      nominatedOn,
      sympathizerOn,
      mentor,
      vettingConcludedOn: onWeekday(addDays(voteDate, -r.int(5, 20))),
      introducers: [
        { member: a, togetherSince: since() },
        { member: b, togetherSince: since() },
      ],
      voteDate,
      officialMembers: n,
      votesFor: n - r.int(0, Math.floor(n / 3)),
      decisionDate,
      decisionNumber: `${r.int(100, 999)}-QĐ/ĐUK`,
      ceremonyDate: onWeekday(addDays(decisionDate, r.int(5, 15))),
    };
  });
}
