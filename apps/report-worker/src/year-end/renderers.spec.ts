import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import ExcelJS from 'exceljs';
import { REPORT_SECTION_LIST } from '@party/contracts';
import { REPORT_FONTS } from './fonts';
import { narrativeHtml } from './html';
import { buildNarrative } from './narrative';
import { keepTogether, narrativePdf } from './pdf';
import { sampleReport } from './sample-report';
import { yearEndWorkbook } from './workbook';
import { number, xlsxToCsv } from '@party/testing';

/** Every letter of Vietnamese, lower and upper case, with every tone mark. */
const VIETNAMESE = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
const LETTERS = [...VIETNAMESE, ...VIETNAMESE.toLocaleUpperCase('vi')];
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('the year-end files', () => {
  const report = sampleReport((k) => k.startsWith('rating.members'));
  const narrative = buildNarrative(report, '2024-01-08');
  const dir = mkdtempSync(join(tmpdir(), 'year-end-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('embeds a font that has every Vietnamese letter, in each weight used', () => {
    for (const file of Object.values(REPORT_FONTS)) {
      // pdfkit's own font engine (fontkit) as it loaded the file: what the PDF will embed
      const font = (new PDFDocument().font(file) as unknown as { _font: { font: { hasGlyphForCodePoint(c: number): boolean } } })._font.font;
      const missing = LETTERS.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) as number));
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });

  it('makes an A4 PDF whose text, read back by pdftotext, is the narrative with every tone mark', async () => {
    const pdf = await narrativePdf(narrative, { at: '2024-01-08T01:00:00.000Z' });
    const path = join(dir, 'report.pdf');
    writeFileSync(path, pdf);
    expect(execFileSync('pdfinfo', [path]).toString()).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const fonts = execFileSync('pdffonts', [path]).toString();
    expect(fonts).toMatch(/BeVietnamPro-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString();
    // the phrases a reader searches for are never split across lines
    expect(raw).toContain('8.434 đảng viên');
    expect(raw).toContain('143/151 = 94,7%');
    const text = flat(raw);
    for (const p of narrative.paragraphs) expect(text).toContain(flat(`${p.lead ? `${p.lead} ` : ''}${p.text}`));
    const used = new Set([...narrative.paragraphs.map((p) => p.lead + p.text).join('')].filter((c) => LETTERS.includes(c)));
    expect(used.size).toBeGreaterThan(60);
    for (const c of used) expect(text).toContain(c);
  });

  it('keeps a share and a count with its words on one line', () => {
    expect(keepTogether('có 143/151 = 94,7% và 8.434 đảng viên nữa')).toBe('có 143/151\u00a0=\u00a094,7% và 8.434\u00a0đảng\u00a0viên nữa');
    expect(keepTogether('thành lập mới 02 tổ chức cơ sở đảng')).toBe('thành lập mới 02\u00a0tổ\u00a0chức cơ\u00a0sở đảng');
  });

  it('makes a workbook with a sheet per section, numbers as numbers, and the checks on their own sheet', async () => {
    const bytes = await yearEndWorkbook(report, narrative, { at: '2024-01-08T01:00:00.000Z', watermark: 'w1-abcdef12' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toHaveLength(REPORT_SECTION_LIST.length + 2);
    expect(names.at(-1)).toBe('Cân đối và số liệu không khớp');
    const org = wb.worksheets[1];
    expect(org.getRow(1).values).toEqual([undefined, 'Mã chỉ tiêu', 'Chỉ tiêu', 'Số liệu', 'Đơn vị', 'Tỷ lệ', 'Cách tính']);
    const members = org.getRows(2, org.rowCount - 1)?.find((r) => r.getCell(1).value === 'members.total');
    expect(members?.getCell(2).value).toBe('Tổng số đảng viên');
    expect(members?.getCell(3).value).toBe(8434);
    expect(members?.getCell(3).numFmt).toBe('#,##0');
    const rating = wb.worksheets[REPORT_SECTION_LIST.findIndex((s) => s.key === 'rating') + 1];
    const good = rating.getRows(2, rating.rowCount - 1)?.find((r) => r.getCell(1).value === 'rating.orgs.goodOrBetter');
    expect(good?.getCell(3).value).toBe(143);
    expect(good?.getCell(5).value).toBe('143/151 = 94,7%');
    const pendingRow = rating.getRows(2, rating.rowCount - 1)?.find((r) => r.getCell(1).value === 'rating.members.rated');
    expect(pendingRow?.getCell(3).value).toBe('chưa có số liệu');
  });

  it('makes a self-contained HTML page with the font inside and an A4 print stylesheet', () => {
    const html = narrativeHtml(narrative);
    expect(html).toContain('@page{size:A4');
    expect(html).toContain("src:url(data:font/ttf;base64,");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('tổng số 8.434 đảng viên');
  });

  it('reads back in LibreOffice with the same numbers in every section sheet', async () => {
    const bytes = await yearEndWorkbook(report, narrative, { at: '2024-01-08T01:00:00.000Z', watermark: 'w1-abcdef12' });
    const sheets = xlsxToCsv(bytes, dir);
    const section = sheets.find((s) => s.rows.some((r) => r[0] === 'members.total')) as { rows: string[][] };
    expect(number(section.rows.find((r) => r[0] === 'members.total')?.[2])).toBe(8434);
  }, 60_000);
});

