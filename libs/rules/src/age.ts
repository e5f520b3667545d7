import { addMonths, isAfter, isOnOrBefore, parseLocalDate, type LocalDate } from './local-date';
import { finding, versionOn, type Finding, type Rule } from './rule';

/**
 * Full months from `from` to `to`: the largest k with from + k months ≤ to, where a missing day
 * is clamped to the month's end. So a person born on 29/02 completes a year on 28/02 of a
 * common year — the end of a period counted in months falls on the last day of the final month
 * when that month has no corresponding day (Bộ luật Dân sự 2015, provisions on time limits);
 * and it keeps age monotone: on 28/02 they are as old as everybody born on 28/02.
 * Negative when `to` is before `from`.
 */
export function fullMonthsBetween(from: LocalDate, to: LocalDate): number {
  if (isAfter(from, to)) return -fullMonthsBetween(to, from);
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return isOnOrBefore(addMonths(from, months), to) ? months : months - 1;
}

export function fullYearsBetween(from: LocalDate, to: LocalDate): number {
  const months = fullMonthsBetween(from, to);
  return months >= 0 ? Math.floor(months / 12) : -Math.floor(-months / 12);
}

export interface AdmissionAgeParams {
  /** Full 18 years counted in months. */
  minMonths: number;
  /** Full 60 years counted in months; older applicants need the higher committee's approval. */
  maxMonthsWithoutHigherApproval: number;
}

export const ADMISSION_AGE_RULES: readonly Rule<AdmissionAgeParams>[] = [
  {
    id: 'admission.age',
    version: 1,
    regulation: 'Điều lệ Đảng, Điều 1; Quy định 24-QĐ/TW (2021), 1.1',
    effectiveFrom: '2021-07-30',
    effectiveTo: '2025-01-19',
    description: {
      vi: 'Người vào Đảng từ đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng) tại thời điểm chi bộ xét kết nạp; trên 60 tuổi do cấp ủy cấp trên có thẩm quyền xem xét, quyết định.',
      en: 'Applicants must be from full 18 to full 60 years old, counted in months, on the chi bộ vote date; older applicants need the approval of the competent higher committee.',
    },
    params: { minMonths: 18 * 12, maxMonthsWithoutHigherApproval: 60 * 12 },
  },
  {
    id: 'admission.age',
    version: 2,
    regulation: 'Điều lệ Đảng, Điều 1; Quy định 232-QĐ/TW (2025)',
    effectiveFrom: '2025-01-20',
    description: {
      vi: 'Như Quy định 24-QĐ/TW: từ đủ 18 đến đủ 60 tuổi tính theo tháng; trên 60 tuổi cần cấp có thẩm quyền quyết định.',
      en: 'As under 24-QĐ/TW: from full 18 to full 60 years counted in months; older needs the competent higher committee.',
    },
    params: { minMonths: 18 * 12, maxMonthsWithoutHigherApproval: 60 * 12 },
  },
];

export interface AdmissionAgeCheck {
  rule: Rule<AdmissionAgeParams>;
  ageInMonths: number;
  /** The first day the applicant may be voted on. */
  eligibleFrom: LocalDate;
  eligible: boolean;
  needsHigherApproval: boolean;
  violations: Finding[];
  warnings: Finding[];
}

/**
 * Age on the chi bộ vote date. A vote on the 18th birthday is eligible, the day before is not.
 * "Đủ 60 tuổi" still counts as within the range: only from 60 years and one full month on
 * (721 months) is higher approval needed — an applicant over 60 is not refused, only escalated.
 */
export function admissionAgeCheck(birthDate: LocalDate, voteDate: LocalDate): AdmissionAgeCheck {
  if (isAfter(birthDate, voteDate)) throw new RangeError(`Birth date ${birthDate} is after vote date ${voteDate}`);
  const rule = versionOn(ADMISSION_AGE_RULES, voteDate);
  const ageInMonths = fullMonthsBetween(birthDate, voteDate);
  const eligibleFrom = addMonths(birthDate, rule.params.minMonths);
  const violations: Finding[] = [];
  const warnings: Finding[] = [];
  if (ageInMonths < rule.params.minMonths) {
    violations.push(
      finding(
        rule,
        'AGE_UNDER_18',
        `Chưa đủ 18 tuổi (tính theo tháng) tại ngày chi bộ xét: mới ${ageInMonths} tháng; đủ tuổi từ ${eligibleFrom}.`,
        `Not yet full 18 years (in months) on the vote date: ${ageInMonths} months; eligible from ${eligibleFrom}.`,
      ),
    );
  }
  const needsHigherApproval = ageInMonths > rule.params.maxMonthsWithoutHigherApproval;
  if (needsHigherApproval) {
    warnings.push(
      finding(
        rule,
        'AGE_OVER_60_NEEDS_HIGHER_APPROVAL',
        `Trên 60 tuổi (${ageInMonths} tháng): việc kết nạp do cấp ủy cấp trên có thẩm quyền xem xét, quyết định.`,
        `Over 60 years (${ageInMonths} months): admission must be approved by the competent higher committee.`,
      ),
    );
  }
  return { rule, ageInMonths, eligibleFrom, eligible: violations.length === 0, needsHigherApproval, violations, warnings };
}
