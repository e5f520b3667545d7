import PDFDocument from 'pdfkit';
import { fontBytes } from './fonts';
import type { Narrative } from './narrative';

/** A4 with the margins of a Vietnamese administrative document (left 30 mm, others 20 mm). */
const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM };
const BODY = 12;
const NBSP = '\u00a0';

/**
 * Vietnamese writes a word's syllables with spaces between them: the words of this report that a
 * line must not split, like an English word is not split in the middle.
 */
const WORDS = ['đảng viên', 'tổ chức', 'đồng chí', 'học viên', 'chi bộ', 'đảng bộ', 'cơ sở', 'cán bộ', 'huy hiệu', 'quần chúng'];

/**
 * No line break inside a share (`143/151 = 94,7%`), between a count and the syllable after it, or
 * inside a word of several syllables (`8.434 đảng viên` stays on one line): read aloud they are
 * one thing, and a search of the PDF's text finds them whole (text extraction gives the no-break
 * space back as a space).
 */
export function keepTogether(text: string): string {
  let out = text.replace(/(\d[\d.]*\/\d[\d.]*) = (\d[\d,]*%)/g, `$1${NBSP}=${NBSP}$2`).replace(/(\d[\d.,]*) (\p{L}+)/gu, `$1${NBSP}$2`);
  for (const word of WORDS) out = out.split(word).join(word.replace(' ', NBSP));
  return out;
}
const SMALL = 10;

/**
 * The narrative as a PDF: Be Vietnam Pro embedded (only the glyphs used, with their Unicode map,
 * so the text can be searched and copied with every tone mark), A4, justified paragraphs in the
 * reference's order, then the figures appendix as tables, page numbers at the foot.
 */
export function narrativePdf(narrative: Narrative, made: { at: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    info: { Title: narrative.title, Author: 'Ban Tổ chức Đảng ủy Khối', Subject: 'Báo cáo kết quả công tác tổ chức xây dựng đảng', CreationDate: new Date(made.at) },
    lang: 'vi-VN',
    pdfVersion: '1.7',
  });
  doc.registerFont('regular', fontBytes('regular'));
  doc.registerFont('bold', fontBytes('bold'));
  doc.registerFont('italic', fontBytes('italic'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - MARGINS.left - MARGINS.right;
  doc.font('bold').fontSize(14).text(narrative.title, { align: 'center' });
  doc.moveDown(0.4);
  doc.font('italic').fontSize(BODY).text(narrative.dateLine, { align: 'right' });
  doc.moveDown(0.8);

  for (const p of narrative.paragraphs) {
    if (p.lead) doc.font('bold').fontSize(BODY).text(`${p.lead} `, { continued: true, align: 'justify', indent: 28, lineGap: 3 });
    doc.font('regular').fontSize(BODY).text(keepTogether(p.text), { align: 'justify', indent: p.lead ? 0 : 28, lineGap: 3 });
    doc.moveDown(0.5);
  }
  if (narrative.notice) {
    doc.font('italic').fontSize(SMALL).fillColor('#8a4b00').text(narrative.notice, { align: 'left' }).fillColor('black');
    doc.moveDown(0.5);
  }
  doc.moveDown(0.5);
  doc.font('bold').fontSize(BODY).text(narrative.signature, { align: 'right' });

  // the figures, every key of every section
  doc.addPage();
  doc.font('bold').fontSize(13).text('PHỤ LỤC: SỐ LIỆU CHI TIẾT', { align: 'center' });
  doc.moveDown(0.6);
  const cols = { label: width - 150, value: 90, unit: 60 };
  const row = (label: string, value: string, unit: string, opts: { bold?: boolean; muted?: boolean } = {}) => {
    doc.font(opts.bold ? 'bold' : 'regular').fontSize(SMALL);
    const h = Math.max(doc.heightOfString(label, { width: cols.label - 6 }), doc.heightOfString(value, { width: cols.value - 6 })) + 6;
    if (doc.y + h > doc.page.height - MARGINS.bottom) doc.addPage();
    const y = doc.y;
    const x = MARGINS.left;
    doc.fillColor('black').text(label, x + 3, y + 3, { width: cols.label - 6 });
    doc.fillColor(opts.muted ? '#777777' : 'black').text(value, x + cols.label + 3, y + 3, { width: cols.value - 6, align: 'right' });
    doc.fillColor('black').text(unit, x + cols.label + cols.value + 3, y + 3, { width: cols.unit - 6 });
    doc.moveTo(x, y + h).lineTo(x + width, y + h).lineWidth(0.3).strokeColor('#bbbbbb').stroke();
    doc.x = x;
    doc.y = y + h;
  };
  const heading = (text: string) => {
    if (doc.y + 50 > doc.page.height - MARGINS.bottom) doc.addPage();
    doc.moveDown(0.6);
    doc.font('bold').fontSize(BODY).text(text, MARGINS.left, doc.y, { width });
    doc.moveDown(0.2);
  };
  narrative.sections.forEach((s, i) => {
    heading(`${i + 1}. ${s.title}`);
    if (!s.rows.length) row('Mục này chưa có chỉ tiêu.', '', '', { muted: true });
    for (const r of s.rows) row(r.share ? `${r.label} (${keepTogether(r.share)})` : r.label, r.text, r.value === null ? '' : r.unit, { muted: r.value === null });
  });
  heading(`${narrative.sections.length + 1}. Cân đối số đảng viên`);
  for (const r of narrative.reconciliation) row(`${r.sign ? `${r.sign} ` : ''}${r.label}`, r.text, '', { bold: r.term === 'closing', muted: r.value === null });
  heading(`${narrative.sections.length + 2}. Số liệu không khớp`);
  if (!narrative.inconsistencies.length) row('Không phát hiện số liệu không khớp.', '', '', { muted: true });
  for (const text of narrative.inconsistencies) row(text, '', '');

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
    doc.font('regular').fontSize(9).fillColor('#555555').text(`Trang ${i + 1}/${range.count}`, MARGINS.left, doc.page.height - bottom / 2 - 4, { width, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
