import { addMonths, isAfter, isBefore, versionOn, type Rule } from '@party/rules';

/**
 * Transfer rules as data (regulation + effective date). Kept here until libs/rules grows a
 * transfers module; the working-day arithmetic is libs/rules' `vietnamCalendar`.
 */
const REG_2021 = 'Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)';
const REG_2025 = 'Quy định 232-QĐ/TW (2025); Hướng dẫn 12-HD/BTCTW (2022)';

const twoVersions = <P>(id: string, params: P, vi: string, en: string): Rule<P>[] => [
  { id, version: 1, regulation: REG_2021, effectiveFrom: '2021-07-30', effectiveTo: '2025-01-19', description: { vi, en }, params },
  { id, version: 2, regulation: REG_2025, effectiveFrom: '2025-01-20', description: { vi, en }, params },
];

export const TRANSFER_LETTER_DEADLINE_RULES = twoVersions(
  'transfer.letter-deadline',
  { workingDays: 30 },
  'Đảng viên xuất trình giấy giới thiệu sinh hoạt đảng với nơi chuyển đến trong 30 ngày làm việc kể từ ngày giới thiệu chuyển đi.',
  'The member presents the introduction letter at the destination within 30 working days of the letter.',
);

export const TRANSFER_ACTIVITY_DEADLINE_RULES = twoVersions(
  'transfer.activity-deadline',
  { workingDays: 60 },
  'Đảng viên phải bắt đầu sinh hoạt đảng ở nơi mới trong 60 ngày làm việc kể từ ngày chuyển đi.',
  'The member must start party activity at the new place within 60 working days of the move.',
);

export const TRANSFER_DOSSIER_RULES = twoVersions(
  'transfer.dossier-check',
  { months: 3 },
  'Định kỳ 3 tháng rà soát đảng viên chuyển đến chưa nộp hồ sơ đảng viên.',
  'Every 3 months, list members transferred in who have not handed over their dossier.',
);

export const TEMPORARY_TRANSFER_RULES = twoVersions(
  'transfer.temporary-duration',
  { minMonths: 3, maxMonths: 12, maxMonthsStudy: 24 },
  'Chuyển sinh hoạt tạm thời từ 3 tháng đến 1 năm (đi học tập: đến 2 năm); không tính vào số đảng viên của nơi sinh hoạt tạm thời.',
  'Temporary transfer from 3 months to 1 year (2 years for study); not counted in the host organization.',
);

export const TRANSFER_HOLD_REGULATION = 'Hướng dẫn 12-HD/BTCTW (2022): không chuyển sinh hoạt đảng chính thức đối với đảng viên đang bị kiểm tra, giải quyết khiếu nại, tố cáo';

/** Maximum boxes on the introduction letter. */
export const LETTER_BOXES = 10;

/** The duration of a temporary transfer: null when allowed, else the problem (vi/en) and the rule. */
export function temporaryDurationProblem(startOn: string, untilOn: string, purpose: 'work' | 'study') {
  const rule = versionOn(TEMPORARY_TRANSFER_RULES, startOn);
  const { minMonths, maxMonths, maxMonthsStudy } = rule.params;
  const max = purpose === 'study' ? maxMonthsStudy : maxMonths;
  if (isBefore(untilOn, addMonths(startOn, minMonths))) {
    return { rule, vi: `Chuyển sinh hoạt tạm thời tối thiểu ${minMonths} tháng (đến ít nhất ${addMonths(startOn, minMonths)})`, en: `A temporary transfer lasts at least ${minMonths} months (until ${addMonths(startOn, minMonths)} or later)` };
  }
  if (isAfter(untilOn, addMonths(startOn, max))) {
    const what = purpose === 'study' ? { vi: 'khi đi học tập', en: 'for study' } : { vi: '', en: '' };
    return { rule, vi: `Chuyển sinh hoạt tạm thời ${what.vi} tối đa ${max} tháng (đến ${addMonths(startOn, max)})`.replace('  ', ' '), en: `A temporary transfer ${what.en} lasts at most ${max} months (until ${addMonths(startOn, max)})`.replace('  ', ' ') };
  }
  return null;
}
