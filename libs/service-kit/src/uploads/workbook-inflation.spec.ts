import ExcelJS from 'exceljs';
import { xlsxZipBomb } from '@party/testing';
import { assertWorkbookInflatesWithin } from './workbook-inflation';

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (err) {
    return (err as { body: unknown }).body;
  }
  throw new Error('not refused');
};

describe('an .xlsx that would unzip past the limit', () => {
  it('is refused from the sizes its zip directory declares, in both languages and under the file field', () => {
    const bomb = xlsxZipBomb(100);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    expect(refusal(() => assertWorkbookInflatesWithin(bomb, 'file'))).toMatchObject({
      code: 'rule_violation',
      message: { vi: expect.stringContaining('giải nén vượt quá 50 MB'), en: expect.stringContaining('unzip to more than 50 MB') },
      fields: [{ field: 'file' }],
    });
    // nothing was inflated: the directory alone decided
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('is refused when its directory lies about the sizes, without inflating past the limit', () => {
    const liar = xlsxZipBomb(100, () => 1000);
    expect(refusal(() => assertWorkbookInflatesWithin(liar, 'fileBase64'))).toMatchObject({ fields: [{ field: 'fileBase64', en: expect.stringContaining('more than its directory declares') }] });
  });

  it('lets a real roster through, and calls a broken zip unreadable', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('DS');
    for (let i = 0; i < 2000; i++) sheet.addRow([i + 1, `Nguyễn Văn Thử ${i}`, '05/05/1980', 'Nam', String(100000000000 + i).padStart(12, '0'), 'Kinh', 'Hà Nội']);
    const real = Buffer.from(await wb.xlsx.writeBuffer());
    expect(() => assertWorkbookInflatesWithin(real, 'file')).not.toThrow();
    expect(refusal(() => assertWorkbookInflatesWithin(real.subarray(0, real.length - 30), 'file'))).toMatchObject({ message: { en: 'The workbook cannot be read (broken zip)' } });
  });
});
