import { REPORT_SCHEDULES } from '@party/contracts';
import { BADGE_OCCASIONS } from '@party/rules';
import { fireTimeOf, scheduledInputs } from './fire-inputs';

const schedule = (key: string) => REPORT_SCHEDULES.find((s) => s.key === key) as (typeof REPORT_SCHEDULES)[number];

describe('the report schedules', () => {
  it('lists badge candidates 30 days before each award occasion of the badge rules, leap year or not', () => {
    const badges = REPORT_SCHEDULES.filter((s) => s.kind === 'badgeCandidates');
    expect(badges.map((s) => s.occasion)).toEqual(BADGE_OCCASIONS.map(({ month, day }) => ({ month, day })));
    for (const s of badges) {
      const [minute, hour, dom, month] = s.pattern.split(' ').map(Number);
      expect([minute, hour]).toEqual([0, 7]);
      for (const year of [2023, 2024]) {
        const fire = Date.UTC(year, month - 1, dom);
        const occasion = Date.UTC(year, (s.occasion?.month as number) - 1, s.occasion?.day);
        expect({ key: s.key, year, days: (occasion - fire) / 86_400_000 }).toEqual({ key: s.key, year, days: 30 });
      }
    }
  });

  it('runs the year-end report on 31/12 for that year and on 15/01 for the year before', () => {
    expect(schedule('yearEnd.close').pattern).toBe('0 17 31 12 *');
    expect(scheduledInputs(schedule('yearEnd.close'), new Date('2023-12-31T10:00:00Z'))).toEqual({ kind: 'yearEnd', year: 2023 });
    expect(scheduledInputs(schedule('yearEnd.final'), new Date('2024-01-15T00:00:00Z'))).toEqual({ kind: 'yearEnd', year: 2023 });
  });

  it('takes the day in Vietnam, not in UTC: 15/01 07:00 in Hanoi is still 14/01 in UTC', () => {
    expect(scheduledInputs(schedule('deadlines.weekly'), new Date('2024-01-15T00:00:00Z'))).toEqual({ kind: 'overdueDeadlines', asOf: '2024-01-15' });
    expect(scheduledInputs(schedule('deadlines.weekly'), new Date('2024-01-14T16:59:00Z'))).toEqual({ kind: 'overdueDeadlines', asOf: '2024-01-14' });
  });

  it('asks for the occasion ahead of the fire: 04/01 → 03/02 of the same year', () => {
    expect(scheduledInputs(schedule('badges.feb3'), new Date('2024-01-04T00:00:00Z'))).toEqual({ kind: 'badgeCandidates', occasion: '2024-02-03' });
    expect(scheduledInputs(schedule('badges.nov7'), new Date('2023-10-08T00:00:00Z'))).toEqual({ kind: 'badgeCandidates', occasion: '2023-11-07' });
  });

  it('reads the fire time from the scheduler’s job id, else from when the job was due', () => {
    expect(fireTimeOf({ id: 'repeat:yearEnd.close:1704016800000', timestamp: 1, delay: 0 }).toISOString()).toBe('2023-12-31T10:00:00.000Z');
    expect(fireTimeOf({ id: 'x', timestamp: 1000, delay: 500 }).getTime()).toBe(1500);
  });
});
