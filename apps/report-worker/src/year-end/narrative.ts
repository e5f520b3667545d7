import { BADGE_LEVELS, BOOKS_TERM, RECONCILIATION_TERMS, viNumber, viShare, type YearEndReport } from '@party/contracts';
import { metricLabel, metricUnit, PENDING_TEXT, RECONCILIATION_LABELS, RECONCILIATION_SIGN_TEXT } from './labels';

/**
 * The year-end report as text, in the shape of the reference report (ket-qua-2023): its title,
 * its date line, then a paragraph per area in its order — the bloc at year end, organizations and
 * admissions, cadre, training, member work (badges by the levels actually awarded, cards,
 * transfers, deaths, leaving), internal political protection, inspection and surveys, rating
 * (shares written `143/151 = 94,7%`, rounded) — and the signature. After it, every figure of
 * every section of the catalogue, the reconciliation and the inconsistencies, generically: keys
 * added later (cadre, rating) appear there as they land; a pending key reads "chưa có số liệu".
 *
 * Counts under ten are written with two digits (`02 tổ chức`), as the department writes them.
 */
export interface Paragraph {
  lead: string | null;
  text: string;
}

export interface FigureRow {
  key: string;
  label: string;
  value: number | null;
  text: string;
  unit: string;
  /** `143/151 = 94,7%` when the catalogue writes the key as a share of another. */
  share: string | null;
}

export interface Narrative {
  title: string;
  dateLine: string;
  scopeName: string;
  paragraphs: Paragraph[];
  notice: string | null;
  sections: { key: string; title: string; rows: FigureRow[] }[];
  reconciliation: { term: string; label: string; sign: string; value: number | null; text: string }[];
  inconsistencies: string[];
  signature: string;
}

/** The report's own share text for a key (the reporting service writes them), when it has one. */
export function shareText(report: YearEndReport, key: string): string | null {
  const shares = (report as { shares?: Record<string, { text: string }> }).shares;
  return shares?.[key]?.text ?? null;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** 2 → "02", 8434 → "8.434": the reference's way with small counts. */
export function countText(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : viNumber(n);
}

/** "Thứ Hai, ngày 08/01/2024" for a local date. */
export function dateLine(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ngày ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

type Values = (key: string) => number | null;

/**
 * A clause of a paragraph: written with its figures when every one is known, as "<what>: chưa có
 * số liệu" when one is pending, left out when `optional` and all of them are zero.
 */
interface Clause {
  keys: string[];
  render: (v: (key: string) => number) => string;
  missing: string;
  optional?: boolean;
}

function writeClauses(values: Values, clauses: Clause[]): string[] {
  const out: string[] = [];
  for (const c of clauses) {
    const known = c.keys.map(values);
    if (known.some((v) => v === null)) {
      out.push(`${c.missing}: ${PENDING_TEXT.vi}`);
      continue;
    }
    if (c.optional && known.every((v) => v === 0)) continue;
    out.push(c.render((k) => values(k) as number));
  }
  return out;
}

const sentence = (parts: string[], joiner = '; ') => (parts.length ? `${parts.join(joiner)}.` : '');
const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function buildNarrative(report: YearEndReport, today: string): Narrative {
  const values: Values = (key) => {
    const v = report.metrics[key];
    return typeof v === 'number' ? v : null;
  };
  const n = (key: string) => (v: (key: string) => number) => countText(v(key));
  const scopeName = report.scope.name ?? 'Đảng bộ Khối';
  const whole = report.scope.orgId === null;
  const year = report.year;
  const paragraphs: Paragraph[] = [];
  const add = (lead: string | null, parts: string[]) => {
    // after a lead the first sentence runs on in lower case, as the reference writes it
    const text = parts
      .filter(Boolean)
      .map((s, i) => (i === 0 && lead ? s : capitalize(s)))
      .join(' ');
    if (text) paragraphs.push({ lead, text });
  };

  // the bloc at year end
  add(null, writeClauses(values, [
    {
      keys: ['orgs.grassroots', 'orgs.grassroots.partyCommittees', 'orgs.grassroots.cells', 'members.total'],
      render: (v) =>
        `${scopeName} hiện có ${countText(v('orgs.grassroots'))} tổ chức cơ sở đảng, trong đó có ${countText(v('orgs.grassroots.partyCommittees'))} đảng bộ và ${countText(v('orgs.grassroots.cells'))} chi bộ với tổng số ${countText(v('members.total'))} đảng viên.`,
      missing: `Số tổ chức cơ sở đảng và đảng viên của ${scopeName} tại ngày 31/12/${year}`,
    },
  ]).map((s) => (s.endsWith('.') ? s : `${s}.`)));

  // organizations and admissions
  add('Công tác phát triển tổ chức đảng và đảng viên:', [
    sentence(writeClauses(values, [
      { keys: ['orgs.established'], render: (v) => `đã thành lập mới ${n('orgs.established')(v)} tổ chức cơ sở đảng`, missing: 'thành lập mới tổ chức cơ sở đảng' },
      {
        keys: ['members.admitted', 'members.madeOfficial'],
        render: (v) => `kết nạp cho ${n('members.admitted')(v)} quần chúng ưu tú vào Đảng và chuyển đảng chính thức cho ${n('members.madeOfficial')(v)} đảng viên dự bị`,
        missing: 'kết nạp, chuyển đảng chính thức',
      },
    ])),
    sentence(writeClauses(values, [
      { keys: ['orgs.dissolved'], render: (v) => `Giải thể ${n('orgs.dissolved')(v)} tổ chức đảng không còn đủ điều kiện hoạt động`, missing: 'Giải thể tổ chức đảng', optional: true },
      { keys: ['orgs.handedOver', 'members.handedOver'], render: (v) => `bàn giao ${n('orgs.handedOver')(v)} tổ chức đảng và ${n('members.handedOver')(v)} đảng viên`, missing: 'bàn giao tổ chức đảng', optional: true },
      { keys: ['orgs.handedIn', 'members.handedIn'], render: (v) => `tiếp nhận ${n('orgs.handedIn')(v)} tổ chức đảng và ${n('members.handedIn')(v)} đảng viên`, missing: 'tiếp nhận tổ chức đảng', optional: true },
      { keys: ['members.removedFromProbation'], render: (v) => `xóa tên ${n('members.removedFromProbation')(v)} đảng viên dự bị`, missing: 'xóa tên đảng viên dự bị', optional: true },
    ])),
  ]);

  // cadre
  add('Công tác cán bộ:', [
    sentence(writeClauses(values, [
      {
        keys: ['cadre.consolidated.people', 'cadre.consolidated.orgs'],
        render: (v) => `kịp thời kiện toàn đối với ${n('cadre.consolidated.people')(v)} đồng chí cấp ủy, bí thư, phó bí thư tại ${n('cadre.consolidated.orgs')(v)} chi bộ, đảng bộ cơ sở`,
        missing: 'kiện toàn cấp ủy cơ sở',
      },
      {
        keys: ['cadre.blocCommittee.added', 'cadre.blocInspectionCommittee.added'],
        render: (v) =>
          `kiện toàn bổ sung ${n('cadre.blocCommittee.added')(v)} đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối, ${n('cadre.blocInspectionCommittee.added')(v)} đồng chí Ủy viên Ủy ban Kiểm tra Đảng ủy Khối`,
        missing: 'bổ sung Ban Chấp hành, Ủy ban Kiểm tra Đảng ủy Khối',
      },
    ])),
  ]);

  // training
  add('Công tác đào tạo, bồi dưỡng:', [
    sentence(writeClauses(values, [
      { keys: ['training.advancedTheory.sent'], render: (v) => `cử ${n('training.advancedTheory.sent')(v)} cán bộ, đảng viên tham gia học lớp Cao cấp lý luận chính trị`, missing: 'cử đi học Cao cấp lý luận chính trị' },
      {
        keys: ['training.advancedTheory.registeredNextYear'],
        render: (v) => `đăng ký nhu cầu học Cao cấp lý luận chính trị năm ${year + 1} cho ${n('training.advancedTheory.registeredNextYear')(v)} cán bộ, đảng viên`,
        missing: `đăng ký học Cao cấp lý luận chính trị năm ${year + 1}`,
      },
      { keys: ['training.object4.registered'], render: (v) => `lập danh sách đăng ký cho ${n('training.object4.registered')(v)} cán bộ, đảng viên học lớp Đối tượng 4`, missing: 'đăng ký học lớp Đối tượng 4' },
    ])),
    sentence(writeClauses(values, [
      { keys: ['training.secretaries.trained'], render: (v) => `Tập huấn nghiệp vụ công tác tổ chức xây dựng đảng cho ${n('training.secretaries.trained')(v)} bí thư chi bộ`, missing: 'Tập huấn bí thư chi bộ' },
    ])),
    sentence(
      [
        writeClauses(values, [
          {
            keys: ['training.classes.candidates', 'training.students.candidates'],
            render: (v) => `${n('training.classes.candidates')(v)} lớp bồi dưỡng lý luận chính trị cho đối tượng kết nạp đảng với ${n('training.students.candidates')(v)} học viên`,
            missing: 'lớp cho đối tượng kết nạp đảng',
          },
          {
            keys: ['training.classes.newMembers', 'training.students.newMembers'],
            render: (v) => `${n('training.classes.newMembers')(v)} lớp bồi dưỡng lý luận chính trị cho đảng viên mới với ${n('training.students.newMembers')(v)} học viên`,
            missing: 'lớp cho đảng viên mới',
          },
          {
            keys: ['training.classes.intermediateTheory', 'training.students.intermediateTheory'],
            render: (v) => `${n('training.classes.intermediateTheory')(v)} lớp Trung cấp lý luận chính trị với ${n('training.students.intermediateTheory')(v)} học viên`,
            missing: 'lớp Trung cấp lý luận chính trị',
          },
        ]).join(', '),
      ].map((s) => `Mở ${s}`),
    ),
  ]);

  // member work
  const awardedLevels = BADGE_LEVELS.map((l) => ({ level: l, count: values(`badges.awarded.${l}`) })).filter((l) => (l.count ?? 0) > 0);
  add('Công tác đảng viên:', [
    sentence(writeClauses(values, [
      {
        keys: ['badges.awarded', ...BADGE_LEVELS.map((l) => `badges.awarded.${l}`)],
        render: (v) =>
          v('badges.awarded') === 0
            ? 'trong năm không có đồng chí nào được trao tặng Huy hiệu Đảng'
            : `trao tặng Huy hiệu Đảng cho ${n('badges.awarded')(v)} đồng chí đủ tiêu chuẩn nhận huy hiệu ${awardedLevels.map((l) => l.level).join(', ')} năm tuổi đảng (trong đó: ${awardedLevels.map((l) => `${l.level} năm ${countText(l.count as number)} đồng chí`).join(', ')})`,
        missing: 'trao tặng Huy hiệu Đảng',
      },
    ])),
    sentence(writeClauses(values, [
      {
        keys: ['cards.issued', 'cards.reissued.damaged', 'cards.reissued.lost'],
        render: (v) => `Cấp thẻ đảng viên mới cho ${n('cards.issued')(v)} đảng viên, đổi lại thẻ đảng viên bị hỏng cho ${n('cards.reissued.damaged')(v)} đảng viên, thẻ mất cho ${n('cards.reissued.lost')(v)} đảng viên`,
        missing: 'Cấp, đổi thẻ đảng viên',
      },
    ])),
    sentence(writeClauses(values, [
      { keys: ['transfers.out'], render: (v) => `Trong năm, số đảng viên chuyển sinh hoạt đảng đi đảng bộ khác là ${n('transfers.out')(v)} đồng chí`, missing: 'Chuyển sinh hoạt đảng đi' },
      { keys: ['transfers.in'], render: (v) => `tiếp nhận về sinh hoạt tại đảng bộ là ${n('transfers.in')(v)} đồng chí`, missing: 'tiếp nhận sinh hoạt đảng' },
      { keys: ['transfers.internal'], render: (v) => `chuyển sinh hoạt trong nội bộ ${whole ? 'Đảng bộ Khối' : scopeName} là ${n('transfers.internal')(v)} đồng chí`, missing: 'chuyển sinh hoạt trong nội bộ' },
      { keys: ['deaths'], render: (v) => `tiếp nhận ${n('deaths')(v)} hồ sơ đảng viên từ trần`, missing: 'đảng viên từ trần' },
    ])),
    sentence(writeClauses(values, [
      {
        keys: ['members.struckOff', 'members.leftParty', 'members.expelled'],
        render: (v) =>
          `Đưa những đảng viên không đủ tư cách ra khỏi Đảng: xóa tên ${n('members.struckOff')(v)} đảng viên, cho ra khỏi Đảng ${n('members.leftParty')(v)} đảng viên` +
          (v('members.expelled') > 0 ? `, khai trừ ${n('members.expelled')(v)} đảng viên` : ''),
        missing: 'Xóa tên, cho ra khỏi Đảng, khai trừ',
      },
    ])),
  ]);

  // internal political protection
  add('Công tác bảo vệ chính trị nội bộ:', [
    sentence(writeClauses(values, [
      { keys: ['vetting.requestsToPolice'], render: (v) => `gửi xin ý kiến Công an rà soát tiêu chuẩn chính trị cho ${n('vetting.requestsToPolice')(v)} đồng chí cán bộ, đảng viên`, missing: 'gửi xin ý kiến Công an' },
      { keys: ['vetting.concluded'], render: (v) => `Ban Thường vụ Đảng ủy Khối đã kết luận về tiêu chuẩn chính trị đối với ${n('vetting.concluded')(v)} đồng chí cán bộ, đảng viên`, missing: 'kết luận tiêu chuẩn chính trị' },
    ])),
  ]);

  // inspection, supervision, surveys, discipline
  add('Công tác kiểm tra, giám sát:', [
    sentence(writeClauses(values, [
      { keys: ['inspection.orgs'], render: (v) => `kiểm tra đối với các cấp ủy và bí thư cấp ủy thuộc ${n('inspection.orgs')(v)} tổ chức cơ sở đảng`, missing: 'kiểm tra' },
      { keys: ['supervision.orgs'], render: (v) => `giám sát đối với các cấp ủy và bí thư cấp ủy thuộc ${n('supervision.orgs')(v)} tổ chức cơ sở đảng`, missing: 'giám sát' },
    ])),
    sentence(writeClauses(values, [
      {
        keys: ['dossierSurveys.orgs', 'dossierSurveys.remaining'],
        render: (v) => `Khảo sát hồ sơ tổ chức đảng, hồ sơ đảng viên đối với ${n('dossierSurveys.orgs')(v)} tổ chức đảng; còn ${n('dossierSurveys.remaining')(v)} tổ chức cơ sở đảng chưa được khảo sát`,
        missing: 'Khảo sát hồ sơ tổ chức đảng và đảng viên',
      },
    ])),
    sentence(writeClauses(values, [
      {
        keys: ['discipline.members.khienTrach', 'discipline.members.canhCao', 'discipline.members.cachChuc', 'discipline.members.khaiTru'],
        render: (v) =>
          `Thi hành kỷ luật đảng viên: khiển trách ${n('discipline.members.khienTrach')(v)}, cảnh cáo ${n('discipline.members.canhCao')(v)}, cách chức ${n('discipline.members.cachChuc')(v)}, khai trừ ${n('discipline.members.khaiTru')(v)} đảng viên`,
        missing: 'Thi hành kỷ luật đảng viên',
        optional: true,
      },
    ])),
  ]);

  // rating
  const rating = (subject: 'orgs' | 'members', who: string): Clause => ({
    keys: ['rated', 'goodOrBetter', 'excellent', 'completed', 'notCompleted'].map((l) => `rating.${subject}.${l}`),
    render: (v) => {
      const k = (l: string) => v(`rating.${subject}.${l}`);
      const rated = k('rated');
      if (rated === 0) return `chưa có ${who} được đánh giá, xếp loại`;
      const parts = [
        `Hoàn thành tốt nhiệm vụ trở lên: ${viShare(k('goodOrBetter'), rated)} (trong đó HTXS nhiệm vụ: ${viShare(k('excellent'), rated)})`,
        `Hoàn thành nhiệm vụ: ${viShare(k('completed'), rated)}`,
      ];
      if (k('notCompleted') > 0) parts.push(`Không hoàn thành nhiệm vụ: ${viShare(k('notCompleted'), rated)}`);
      return `${whole ? 'Toàn Khối' : scopeName} có ${countText(rated)} ${who} được đánh giá xếp loại, trong đó: ${parts.join('; ')}`;
    },
    missing: `Xếp loại ${who}`,
  });
  add('Kiểm điểm, đánh giá, xếp loại chất lượng:', [
    sentence(writeClauses(values, [rating('orgs', 'TCCSĐ')])),
    sentence(writeClauses(values, [rating('members', 'đảng viên')])),
  ]);

  const waiting = report.completeness.sources.reduce((a, s) => a + s.waiting, 0);
  return {
    title: `KẾT QUẢ NỔI BẬT CÔNG TÁC TỔ CHỨC XÂY DỰNG ĐẢNG NĂM ${year} CỦA ${scopeName.toLocaleUpperCase('vi')}`,
    dateLine: dateLine(today),
    scopeName,
    paragraphs,
    notice: report.completeness.complete ? null : `Lưu ý: số liệu đang được cập nhật, còn ${viNumber(waiting)} sự kiện chưa được tính khi lập báo cáo này.`,
    sections: report.sections.map((s) => ({
      key: s.key,
      title: s.title.vi,
      rows: s.metrics.map((key) => {
        const value = values(key);
        return { key, label: metricLabel(key).vi, value, text: value === null ? PENDING_TEXT.vi : viNumber(value), unit: metricUnit(key).vi, share: shareText(report, key) };
      }),
    })),
    reconciliation: [...RECONCILIATION_TERMS.slice(0, -1), ...(report.reconciliation[BOOKS_TERM] ? [BOOKS_TERM] : []), 'closing'].map((term) => {
      const value = (report.reconciliation as Record<string, number | null | undefined>)[term] ?? null;
      return {
        term,
        label: RECONCILIATION_LABELS[term as keyof typeof RECONCILIATION_LABELS].vi,
        sign: RECONCILIATION_SIGN_TEXT[term] ?? '',
        value,
        text: value === null ? PENDING_TEXT.vi : viNumber(value),
      };
    }),
    inconsistencies: report.inconsistencies.map((i) => i.message.vi),
    signature: whole ? 'BAN TỔ CHỨC ĐẢNG ỦY KHỐI' : `CẤP ỦY ${scopeName.toLocaleUpperCase('vi')}`,
  };
}
