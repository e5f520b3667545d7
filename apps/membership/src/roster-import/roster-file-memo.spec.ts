import { RosterFileMemo } from './roster-file-memo';
import { member, xlsxOf } from './roster-import.spec-helpers';

/** The commit's second read of its preview's file: decoded once, by content; no service, no database. */
describe('RosterFileMemo', () => {
  it('answers the table it read for the same bytes, even in another Buffer, and reads other bytes anew', async () => {
    const memo = new RosterFileMemo();
    const bytes = await xlsxOf([member('org', { 'Họ và tên': 'Người Một' })]);
    const first = await memo.read(bytes);
    expect(await memo.read(Buffer.from(bytes))).toBe(first);
    const other = await memo.read(await xlsxOf([member('org', { 'Họ và tên': 'Người Hai' })]));
    expect(other).not.toBe(first);
    expect(other.rows).toHaveLength(1);
    // one file at a time: the first is read again
    expect(await memo.read(bytes)).not.toBe(first);
  });

  it('keeps no refusal: a damaged file is refused in words every time', async () => {
    const memo = new RosterFileMemo();
    const damaged = Buffer.from(await xlsxOf([member('org')]));
    damaged.fill(0, 200, 2000);
    for (let i = 0; i < 2; i++) await expect(memo.read(damaged)).rejects.toMatchObject({ message: expect.stringContaining('cannot be read') });
  });

  it('lets the table go once cleared', async () => {
    const memo = new RosterFileMemo();
    const bytes = await xlsxOf([member('org')]);
    const first = await memo.read(bytes);
    memo.clear();
    expect(await memo.read(bytes)).not.toBe(first);
  });

  it("keeps what a pure function of the table computed, for the same context only, and only while the file is the last read", async () => {
    const memo = new RosterFileMemo();
    const bytes = await xlsxOf([member('org')]);
    const table = await memo.read(bytes);
    let runs = 0;
    const checked = (context: string) => memo.derive(table, 'checked', context, () => ({ run: ++runs }));
    const first = checked('2026-12-08 no names');
    expect(memo.derive(await memo.read(Buffer.from(bytes)), 'checked', '2026-12-08 no names', () => ({ run: ++runs }))).toBe(first);
    // another day (midnight between preview and commit), or other organizations by name: checked again
    expect(checked('2026-12-09 no names')).toEqual({ run: 2 });
    expect(checked('2026-12-09 4f2a…')).toEqual({ run: 3 });
    // another name is another result
    expect(memo.derive(table, 'rows', '', () => 'rows')).toBe('rows');
    expect(checked('2026-12-09 4f2a…')).toEqual({ run: 3 });
    // the file read again from its bytes is a new table: nothing of the old one answers for it
    memo.clear();
    expect(memo.derive(await memo.read(bytes), 'checked', '2026-12-09 4f2a…', () => ({ run: ++runs }))).toEqual({ run: 4 });
  });
});
