import fc from 'fast-check';
import { admissionAgeCheck, fullMonthsBetween, fullYearsBetween } from './age';
import { VIETNAM_HOLIDAYS } from './calendar/vietnam-holidays';
import { vietnamCalendar } from './calendar/working-day-calendar';
import { partyAge } from './party-age';

/**
 * Rules against simple reference implementations written another way (JavaScript `Date` in UTC,
 * day-by-day loops, the birthday as people count it), on dates fast-check generates. The edge
 * cases stay in each rule's own spec; these look for the cases nobody thought of.
 */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** A date from `from` to `to` inclusive. */
const dateIn = (from: string, to: string) => fc.integer({ min: utc(from) / DAY, max: utc(to) / DAY }).map((n) => iso(n * DAY));

describe('working-day deadlines against a day-by-day count over the holiday table', () => {
  const off = new Set<string>();
  const worked = new Set<string>();
  for (const y of VIETNAM_HOLIDAYS) {
    for (const d of y.daysOff) for (let t = utc(d.from); t <= utc(d.to ?? d.from); t += DAY) off.add(iso(t));
    for (const s of y.workedSaturdays) worked.add(s.date);
  }
  const working = (d: string) => worked.has(d) || (![0, 6].includes(new Date(utc(d)).getUTCDay()) && !off.has(d));
  const reference = (start: string, n: number) => {
    let t = utc(start);
    for (let counted = 0; counted < n; ) if (working(iso((t += DAY)))) counted++;
    return iso(t);
  };
  const starts = dateIn('2015-01-01', '2029-09-30');

  it('puts the n-th working day where the reference does, and counts it back to n', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 60 }), (start, n) => {
        const due = vietnamCalendar.deadline(start, n);
        expect(due).toBe(reference(start, n));
        expect(vietnamCalendar.workingDaysBetween(start, due)).toBe(n);
        if (n > 0) expect(vietnamCalendar.isWorkingDay(due)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('is on time on the deadline and overdue the day after', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const due = vietnamCalendar.deadline(start, n);
        expect(vietnamCalendar.status(start, n, { doneOn: due })).toBe('on_time');
        expect(vietnamCalendar.status(start, n, { doneOn: iso(utc(due) + DAY) })).toBe('overdue');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('age counted in months against the birthday as people count it', () => {
  /** The birthday in `year`; 29/02 falls on 28/02 in a common year (the month's last day). */
  const birthdayIn = (birth: string, year: number) => {
    const [, m, d] = birth.split('-').map(Number);
    const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  };
  const yearsOld = (birth: string, on: string) => {
    const y = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
    return on >= birthdayIn(birth, Number(on.slice(0, 4))) ? y : y - 1;
  };
  const births = dateIn('1940-01-01', '2010-12-31');

  it('gives the full years of the birthdays passed', () => {
    fc.assert(
      fc.property(births, fc.integer({ min: 0, max: 80 * 366 }), (birth, days) => {
        const on = iso(utc(birth) + days * DAY);
        expect(fullYearsBetween(birth, on)).toBe(yearsOld(birth, on));
        expect(Math.floor(fullMonthsBetween(birth, on) / 12)).toBe(yearsOld(birth, on));
      }),
      { numRuns: RUNS },
    );
  });

  it('admits from the 18th birthday on, never the day before (full 18 years in months)', () => {
    fc.assert(
      fc.property(dateIn('1990-01-01', '2008-12-31'), fc.integer({ min: -400, max: 400 }), (birth, offset) => {
        const eighteenth = birthdayIn(birth, Number(birth.slice(0, 4)) + 18);
        const vote = iso(utc(eighteenth) + offset * DAY);
        if (vote < '2021-07-30') return; // the rule is encoded from 24-QĐ/TW on
        const check = admissionAgeCheck(birth, vote);
        expect(check.eligible).toBe(vote >= eighteenth);
        expect(check.eligibleFrom).toBe(eighteenth);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('party age against a day-by-day count', () => {
  it('counts the days since the admission decision outside every interruption, overlapping ones once', () => {
    const interruption = fc.tuple(fc.integer({ min: -30, max: 1200 }), fc.integer({ min: 0, max: 400 }));
    fc.assert(
      fc.property(dateIn('2011-02-01', '2020-12-31'), fc.integer({ min: 0, max: 1500 }), fc.array(interruption, { maxLength: 4 }), (admitted, span, raw) => {
        const asOf = iso(utc(admitted) + span * DAY);
        const interruptions = raw.map(([start, length]) => ({ from: iso(utc(admitted) + start * DAY), to: iso(utc(admitted) + (start + length) * DAY) }));
        let days = 0;
        for (let t = utc(admitted); t < utc(asOf); t += DAY) {
          const d = iso(t);
          if (!interruptions.some((i) => i.from <= d && d < i.to)) days++;
        }
        const age = partyAge({ admissionDecisionDate: admitted, interruptions }, asOf);
        expect(age.days).toBe(days);
        expect(age.interruptedDays).toBe(span - days);
      }),
      { numRuns: RUNS },
    );
  });
});
