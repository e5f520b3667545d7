import ExcelJS from 'exceljs';
import { xlsxZipBomb } from '@party/testing';
import { resultsTemplateBytes } from '../results/results-sheet';
import { cellText, parseEnrollmentWorkbook } from './enrollment-import';

/** Training's spreadsheets: a zip bomb refused before exceljs inflates it; a name that looks like a formula written inert. */
describe('training spreadsheets', () => {
  it('refuse a 100 MB zip bomb as an uploaded file or as base64, naming the field', async () => {
    const bomb = xlsxZipBomb(100);
    await expect(parseEnrollmentWorkbook(bomb, '2024-03-01')).rejects.toMatchObject({ body: { code: 'rule_violation', fields: [{ field: 'file' }] } });
    await expect(parseEnrollmentWorkbook(bomb.toString('base64'), '2024-03-01')).rejects.toMatchObject({ body: { fields: [{ field: 'fileBase64', en: expect.stringContaining('unzip to more than 50 MB') }] } });
  });

  it('write a student name that starts like a formula as inert text in the results template, and read it back as typed', async () => {
    const bytes = await resultsTemplateBytes([{ id: '0190b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b', personId: null, citizenId: null, fullName: '=cmd|"/c calc"!A1' }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const cell = wb.worksheets[0].getRow(2).getCell(5);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=cmd|"/c calc"!A1`);
    expect(cellText(cell.value)).toBe('=cmd|"/c calc"!A1');
  });
});
