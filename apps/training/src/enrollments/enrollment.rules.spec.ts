import ExcelJS from 'exceljs';
import { certificateValidUntil as admissionValidUntil } from '@party/rules';
import { requirementStatus } from '../history/history.rules';
import { cellDate, parseEnrollmentWorkbook } from './enrollment-import';
import { capacityProblem, certificateValidUntil, completionDateProblem, duplicateIndexes } from './enrollment.rules';

describe('certificate validity', () => {
  it('runs to the day before the fifth anniversary for nhận thức về Đảng (60 months)', () => {
    expect(certificateValidUntil('2023-03-15', 60)).toBe('2028-03-14');
    expect(certificateValidUntil('2023-01-01', 60)).toBe('2027-12-31');
  });
  it('agrees with the admission rule in libs/rules (membership checks with it), 29 February included', () => {
    for (const issuedOn of ['2023-03-15', '2024-02-29', '2020-12-31', '2022-01-01']) {
      expect(certificateValidUntil(issuedOn, 60)).toBe(admissionValidUntil(issuedOn, 5));
    }
    expect(certificateValidUntil('2024-02-29', 60)).toBe('2029-02-27');
  });
  it('does not expire when the course type has no validity', () => {
    expect(certificateValidUntil('2023-03-15', null)).toBeNull();
  });
});

describe('completion date', () => {
  it('refuses the day before the class opened and accepts the opening day', () => {
    expect(completionDateProblem('2023-03-01', '2023-02-28', null)?.field).toBe('completedOn');
    expect(completionDateProblem('2023-03-01', '2023-03-01', '2023-03-01')).toBeNull();
  });
  it('refuses a certificate dated before the class opened', () => {
    expect(completionDateProblem('2023-03-01', '2023-03-10', '2023-02-01')?.field).toBe('certificateIssuedOn');
  });
});

describe('capacity and duplicates', () => {
  it('lets a class fill to its capacity, not beyond; no capacity = no limit', () => {
    expect(capacityProblem(2, 1, 1)).toBeNull();
    expect(capacityProblem(2, 2, 1)?.vi).toContain('chỉ nhận 2');
    expect(capacityProblem(null, 10_000, 1)).toBeNull();
  });
  it('finds a person listed twice under any of their keys', () => {
    const dups = duplicateIndexes([['p:1'], ['c:001'], ['p:2', 'c:001'], ['p:1']]);
    expect([...dups]).toEqual([
      [2, 1],
      [3, 0],
    ]);
  });
});

describe('requirement status', () => {
  const cert = (issuedOn: string, validUntil: string | null) => ({
    completedOn: issuedOn,
    result: 'passed' as const,
    certificateNumber: `GCN-${issuedOn}`,
    certificateIssuedOn: issuedOn,
    certificateValidUntil: validUntil,
  });
  it('is valid through the last day, expired the day after, missing without one', () => {
    expect(requirementStatus([cert('2018-03-15', '2023-03-14')], '2023-03-14', true).status).toBe('valid');
    expect(requirementStatus([cert('2018-03-15', '2023-03-14')], '2023-03-15', true).status).toBe('expired');
    expect(requirementStatus([], '2023-03-15', true).status).toBe('missing');
  });
  it('takes the newest valid certificate, and ignores one issued after the date asked', () => {
    const r = requirementStatus([cert('2017-01-01', '2021-12-31'), cert('2022-05-01', '2027-04-30')], '2023-01-01', true);
    expect(r).toMatchObject({ status: 'valid', best: { certificateIssuedOn: '2022-05-01' } });
    expect(requirementStatus([cert('2024-01-01', '2028-12-31')], '2023-06-01', true).status).toBe('missing');
  });
  it('counts a passed completion for a course without certificates, not a failed one', () => {
    const f = { completedOn: '2023-05-01', result: 'failed' as const, certificateNumber: null, certificateIssuedOn: null, certificateValidUntil: null };
    expect(requirementStatus([f], '2023-06-01', false).status).toBe('missing');
    expect(requirementStatus([{ ...f, result: 'passed' }], '2023-06-01', false).status).toBe('valid');
  });
});

describe('enrollment workbook', () => {
  it('reads Excel dates and dd/mm/yyyy text as local dates', () => {
    expect(cellDate(new Date(Date.UTC(2001, 0, 31)))).toBe('2001-01-31');
    expect(cellDate('5/9/2001')).toBe('2001-09-05');
    expect(cellDate('31/02/2001')).toBeNull();
  });

  it('keeps the leading zeros of a citizen ID typed as a number, and skips blank rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Số CCCD', 'Họ và tên', 'Ngày sinh']);
    ws.addRow([1, 1203004567, 'Lê Văn Bình', new Date(Date.UTC(2002, 4, 17))]);
    ws.addRow([]);
    ws.addRow([2, '001203004568', 'Trần Thị Hoa', '17/05/2002']);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const parsed = await parseEnrollmentWorkbook(base64, '2023-06-01');
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.row, r.person.citizenId, r.person.dateOfBirth])).toEqual([
      [2, '001203004567', '2002-05-17'],
      [4, '001203004568', '2002-05-17'],
    ]);
  });

  it('reports a header without an identity column on row 1', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').addRow(['Tên', 'Tuổi']);
    const parsed = await parseEnrollmentWorkbook(Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'), '2023-06-01');
    expect(parsed.errors[0]).toMatchObject({ row: 1, problem: expect.stringContaining('Mã người') });
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(parseEnrollmentWorkbook(Buffer.from('hello').toString('base64'), '2023-06-01')).rejects.toMatchObject({ body: { code: 'rule_violation' } });
  });
});
