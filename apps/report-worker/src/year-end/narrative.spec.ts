import { BADGE_LEVELS, METRICS } from '@party/contracts';
import { buildNarrative, countText, dateLine } from './narrative';
import { sampleReport } from './sample-report';

const text = (n: ReturnType<typeof buildNarrative>) => n.paragraphs.map((p) => `${p.lead ?? ''} ${p.text}`).join('\n');

describe('the year-end narrative, in the shape of the reference report', () => {
  const narrative = buildNarrative(sampleReport(), '2024-01-08');
  const body = text(narrative);

  it('opens with the bloc at year end, Vietnamese thousands: 151 organizations, 75 + 76, 8.434 members', () => {
    expect(narrative.title).toBe('KẾT QUẢ NỔI BẬT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM 2023 CỦA ĐẢNG BỘ KHỐI');
    expect(narrative.dateLine).toBe('Thứ Hai, ngày 08/01/2024');
    expect(narrative.paragraphs[0].text).toBe('Đảng bộ Khối hiện có 151 tổ chức cơ sở đảng, trong đó có 75 đảng bộ và 76 chi bộ với tổng số 8.434 đảng viên.');
  });

  it('keeps the reference order of the areas', () => {
    expect(narrative.paragraphs.map((p) => p.lead)).toEqual([
      null,
      'Công tác phát triển tổ chức đảng và đảng viên:',
      'Công tác cán bộ:',
      'Công tác đào tạo, bồi dưỡng:',
      'Công tác đảng viên:',
      'Công tác bảo vệ chính trị nội bộ:',
      'Công tác kiểm tra, giám sát:',
      'Kiểm điểm, đánh giá, xếp loại chất lượng:',
    ]);
  });

  it('writes counts under ten with two digits, as the department does', () => {
    expect(countText(2)).toBe('02');
    expect(countText(0)).toBe('00');
    expect(countText(10)).toBe('10');
    expect(countText(8434)).toBe('8.434');
    expect(body).toContain('đã thành lập mới 02 tổ chức cơ sở đảng; kết nạp cho 269 quần chúng ưu tú vào Đảng và chuyển đảng chính thức cho 248 đảng viên dự bị');
    expect(body).toContain('bàn giao 06 tổ chức đảng và 438 đảng viên');
  });

  it('names the badge levels actually awarded (30, 40, 45, 50), not the reference heading’s 55', () => {
    expect(body).toContain('trao tặng Huy hiệu Đảng cho 68 đồng chí đủ tiêu chuẩn nhận huy hiệu 30, 40, 45, 50 năm tuổi đảng (trong đó: 30 năm 38 đồng chí, 40 năm 25 đồng chí, 45 năm 01 đồng chí, 50 năm 04 đồng chí)');
    expect(body).not.toContain('55 năm');
  });

  it('writes the rating shares rounded, 143/151 = 94,7% and 8/151 = 5,3% (the reference truncated it to 5,2%)', () => {
    expect(body).toContain('Toàn Khối có 151 TCCSĐ được đánh giá xếp loại, trong đó: Hoàn thành tốt nhiệm vụ trở lên: 143/151 = 94,7% (trong đó HTXS nhiệm vụ: 28/151 = 18,5%); Hoàn thành nhiệm vụ: 8/151 = 5,3%');
    expect(body).not.toContain('5,2%');
  });

  it('says "chưa có số liệu" for a pending area instead of a zero, and lists every catalogue key in the appendix', () => {
    const pending = buildNarrative(sampleReport((k) => k.startsWith('cadre.') || k.startsWith('rating.')), '2024-01-08');
    const t = text(pending);
    expect(t).toContain('Công tác cán bộ: kiện toàn cấp ủy cơ sở: chưa có số liệu');
    expect(t).toContain('Xếp loại TCCSĐ: chưa có số liệu');
    const rows = pending.sections.flatMap((s) => s.rows);
    expect(rows.map((r) => r.key)).toEqual(METRICS.map((m) => m.key).filter((k) => rows.some((r) => r.key === k)));
    expect(rows).toHaveLength(METRICS.length);
    expect(rows.find((r) => r.key === 'cadre.consolidated.people')).toMatchObject({ value: null, text: 'chưa có số liệu' });
    expect(rows.find((r) => r.key === 'members.total')).toMatchObject({ value: 8434, text: '8.434' });
  });

  it('shows a key the catalogue does not know yet (a newer reporting service) by its key, and the reconciliation in print order', () => {
    const report = sampleReport();
    report.sections[0].metrics.push('orgs.future');
    report.metrics['orgs.future'] = 5;
    const n = buildNarrative(report, '2024-01-08');
    expect(n.sections[0].rows.at(-1)).toMatchObject({ key: 'orgs.future', label: 'orgs.future', text: '5' });
    expect(n.reconciliation.map((r) => r.term)).toEqual(['opening', 'admitted', 'transferredIn', 'transferredOut', 'died', 'struckOff', 'leftParty', 'expelled', 'removedFromProbation', 'handedOverIn', 'handedOverOut', 'closing']);
    expect(n.reconciliation.at(-1)).toMatchObject({ label: 'Đảng viên cuối kỳ (31/12)', text: '8.434', sign: '=' });
  });

  it('says nobody received a badge rather than listing no level', () => {
    const report = sampleReport();
    for (const l of BADGE_LEVELS) report.metrics[`badges.awarded.${l}`] = 0;
    report.metrics['badges.awarded'] = 0;
    expect(text(buildNarrative(report, '2024-01-08'))).toContain('trong năm không có đồng chí nào được trao tặng Huy hiệu Đảng');
  });

  it('dates the report with the weekday in Vietnamese', () => {
    expect(dateLine('2024-01-14')).toBe('Chủ nhật, ngày 14/01/2024');
    expect(dateLine('2023-12-31')).toBe('Chủ nhật, ngày 31/12/2023');
  });
});
