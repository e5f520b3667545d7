import { fontBytes } from './fonts';
import type { Narrative } from './narrative';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * The narrative as one self-contained HTML page: the font inside it (no request leaves the page),
 * an A4 print stylesheet, the same paragraphs and appendix as the PDF.
 */
export function narrativeHtml(narrative: Narrative): string {
  const font = (name: string, weight: number, style: string) =>
    `@font-face{font-family:'Be Vietnam Pro';font-weight:${weight};font-style:${style};src:url(data:font/ttf;base64,${fontBytes(name as 'regular').toString('base64')}) format('truetype');}`;
  const table = (rows: { label: string; text: string; unit?: string; muted?: boolean; strong?: boolean }[]) =>
    `<table><tbody>${rows
      .map((r) => `<tr${r.strong ? ' class="strong"' : ''}><td>${escape(r.label)}</td><td class="num${r.muted ? ' muted' : ''}">${escape(r.text)}</td><td>${escape(r.unit ?? '')}</td></tr>`)
      .join('')}</tbody></table>`;
  const n = narrative.sections.length;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(narrative.title)}</title>
<style>
${font('regular', 400, 'normal')}${font('bold', 700, 'normal')}${font('italic', 400, 'italic')}
@page{size:A4;margin:20mm 20mm 20mm 30mm}
body{font-family:'Be Vietnam Pro',sans-serif;font-size:12pt;line-height:1.5;color:#000;max-width:160mm;margin:16px auto;padding:0 8px}
h1{font-size:14pt;text-align:center;margin:0 0 6pt}
.date{text-align:right;font-style:italic;margin:0 0 12pt}
p{text-align:justify;text-indent:10mm;margin:0 0 6pt}
.notice{font-style:italic;color:#8a4b00;text-indent:0}
.signature{text-align:right;font-weight:700;margin-top:12pt}
h2{font-size:13pt;text-align:center;break-before:page;margin-top:24pt}
h3{font-size:12pt;margin:12pt 0 4pt;break-after:avoid}
table{width:100%;border-collapse:collapse;font-size:10pt}
td{border-bottom:.5pt solid #bbb;padding:3pt 4pt;vertical-align:top}
tr{break-inside:avoid}
td.num{text-align:right;white-space:nowrap;width:28mm}
.muted{color:#777;font-style:italic}
tr.strong td{font-weight:700}
@media print{body{margin:0;max-width:none;padding:0}}
</style></head><body>
<h1>${escape(narrative.title)}</h1>
<p class="date">${escape(narrative.dateLine)}</p>
${narrative.paragraphs.map((p) => `<p>${p.lead ? `<strong>${escape(p.lead)}</strong> ` : ''}${escape(p.text)}</p>`).join('\n')}
${narrative.notice ? `<p class="notice">${escape(narrative.notice)}</p>` : ''}
<p class="signature">${escape(narrative.signature)}</p>
<h2>PHỤ LỤC: SỐ LIỆU CHI TIẾT</h2>
${narrative.sections
  .map((s, i) => `<h3>${i + 1}. ${escape(s.title)}</h3>${s.rows.length ? table(s.rows.map((r) => ({ label: r.share ? `${r.label} (${r.share})` : r.label, text: r.text, unit: r.value === null ? '' : r.unit, muted: r.value === null }))) : '<p class="muted">Mục này chưa có chỉ tiêu.</p>'}`)
  .join('\n')}
<h3>${n + 1}. Cân đối số đảng viên</h3>
${table(narrative.reconciliation.map((r) => ({ label: `${r.sign ? `${r.sign} ` : ''}${r.label}`, text: r.text, muted: r.value === null, strong: r.term === 'closing' })))}
<h3>${n + 2}. Số liệu không khớp</h3>
${narrative.inconsistencies.length ? `<ul>${narrative.inconsistencies.map((t) => `<li>${escape(t)}</li>`).join('')}</ul>` : '<p class="muted">Không phát hiện số liệu không khớp.</p>'}
</body></html>
`;
}
