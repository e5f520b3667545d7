import { z } from 'zod';
import { toFieldErrors } from './errors/validate';
import { factDate, FACT_DATE_MARGIN_DAYS, latestFactDate, onFactDay } from './fact-date';
import { todayInVietnam } from './local-date';

const body = z.strictObject({ voteDate: factDate, person: z.strictObject({ dateOfBirth: factDate.nullish() }).optional(), untilOn: z.string().optional() });
const errors = (input: unknown) => {
  const r = body.safeParse(input, { reportInput: true });
  return r.success ? [] : toFieldErrors(r.error);
};
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('factDate', () => {
  const today = todayInVietnam();

  it('takes today (in Vietnam) and refuses tomorrow, naming the field and both days', () => {
    expect(FACT_DATE_MARGIN_DAYS).toBe(0);
    expect(latestFactDate()).toBe(today);
    expect(errors({ voteDate: today })).toEqual([]);
    const tomorrow = plusDays(today, 1);
    expect(errors({ voteDate: tomorrow })).toEqual([
      {
        field: 'voteDate',
        vi: `Ngày chi bộ xét ${tomorrow} ở sau hôm nay (${today}): chỉ ghi nhận việc đã diễn ra`,
        en: `The chi bộ vote date ${tomorrow} is after today (${today}): only what has happened can be recorded`,
      },
    ]);
  });

  it('names a nested field by its own key', () => {
    expect(errors({ voteDate: today, person: { dateOfBirth: '2999-01-01' } })).toEqual([
      expect.objectContaining({ field: 'person.dateOfBirth', vi: expect.stringMatching(/^Ngày sinh 2999-01-01 ở sau hôm nay/) }),
    ]);
  });

  it('refuses garbage years with one clean message each', () => {
    expect(errors({ voteDate: '9999-12-31' })).toEqual([expect.objectContaining({ field: 'voteDate', en: expect.stringContaining('is after today') })]);
    expect(errors({ voteDate: '0100-01-01' })).toEqual([
      { field: 'voteDate', vi: 'Ngày chi bộ xét 0100-01-01 trước năm 1900: kiểm tra lại năm', en: 'The chi bộ vote date 0100-01-01 is before 1900: check the year' },
    ]);
    expect(errors({ voteDate: '2024-02-30' })).toEqual([{ field: 'voteDate', vi: 'Ngày không hợp lệ, cần dạng YYYY-MM-DD', en: 'Invalid date, expected YYYY-MM-DD' }]);
    expect(errors({ voteDate: '1900-01-01' })).toEqual([]);
  });

  it('says the day even when the caller does not ask for the input back (the roster import)', () => {
    const r = body.safeParse({ voteDate: '2999-01-01' });
    expect(r.success || toFieldErrors(r.error)[0].vi).toMatch(/^Ngày chi bộ xét 2999-01-01 ở sau hôm nay/);
  });

  describe('on a day fixed for a batch (onFactDay, the roster import)', () => {
    const day = '2026-12-08';

    it('judges every date against that day, at its edge: the day itself passes, the next is refused naming it', () => {
      const [onDay, nextDay] = onFactDay(day, () => [errors({ voteDate: day }), errors({ voteDate: '2026-12-09', person: { dateOfBirth: '2026-12-09' } })]);
      expect(onDay).toEqual([]);
      expect(nextDay).toEqual([
        { field: 'voteDate', vi: 'Ngày chi bộ xét 2026-12-09 ở sau hôm nay (2026-12-08): chỉ ghi nhận việc đã diễn ra', en: 'The chi bộ vote date 2026-12-09 is after today (2026-12-08): only what has happened can be recorded' },
        expect.objectContaining({ field: 'person.dateOfBirth', vi: 'Ngày sinh 2026-12-09 ở sau hôm nay (2026-12-08): chỉ ghi nhận việc đã diễn ra' }),
      ]);
      expect(onFactDay(day, () => latestFactDate())).toBe(plusDays(day, FACT_DATE_MARGIN_DAYS));
    });

    it('is the clock again after the batch, even when the batch threw; a check that awaits is refused', () => {
      expect(() => onFactDay('2000-01-01', () => {
        throw new Error('bad row');
      })).toThrow('bad row');
      expect(latestFactDate()).toBe(today);
      expect(errors({ voteDate: today })).toEqual([]);
      expect(() => onFactDay(day, async () => errors({ voteDate: day }))).toThrow('must be synchronous');
      expect(latestFactDate()).toBe(today);
    });
  });
});
