import ExcelJS from 'exceljs';
import { readRosterFile } from './roster-file';
import { HEADERS, member, xlsxOf } from './roster-import.spec-helpers';

/** The roster's .xlsx reader on its own: no service, no database. */
describe('readRosterFile (.xlsx)', () => {
  it('reads the same valid workbook the same way every time, many at once (the streaming reader refused ~1 in 800 as corrupt)', async () => {
    const bytes = await xlsxOf(Array.from({ length: 11 }, (_, i) => member('org', { 'Họ và tên': `Người ${i + 1}` })));
    const outcomes = new Map<string, number>();
    for (let round = 0; round < 150; round++) {
      const reads = await Promise.allSettled(Array.from({ length: 8 }, () => readRosterFile(bytes)));
      for (const r of reads) {
        const key = r.status === 'fulfilled' ? `${r.value.rows.length} rows, last ${r.value.rows.at(-1)?.cells[1]}` : `refused: ${(r.reason as Error).message}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(outcomes)).toEqual({ '11 rows, last Người 11': 1200 });
  }, 120_000);

  it('reads a real Excel date as a date, the header as text and the rows by their Excel numbers', async () => {
    const bytes = await xlsxOf([member('org', { 'Ngày sinh': new Date(Date.UTC(1980, 4, 5)) })]);
    const table = await readRosterFile(bytes);
    expect(table.format).toBe('xlsx');
    expect(table.headers).toEqual(HEADERS);
    expect(table.rows.map((r) => r.row)).toEqual([2]);
    expect(table.rows[0].cells[HEADERS.indexOf('Ngày sinh')]).toEqual(new Date(Date.UTC(1980, 4, 5)));
  });

  it('refuses a workbook without a sheet, and a damaged one, in words', async () => {
    const empty = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    await expect(readRosterFile(empty)).rejects.toMatchObject({ message: expect.stringContaining('no sheet') });
    const damaged = Buffer.from(await xlsxOf([member('org')]));
    damaged.fill(0, 200, 2000);
    await expect(readRosterFile(damaged)).rejects.toMatchObject({ message: expect.stringContaining('cannot be read') });
  });
});
