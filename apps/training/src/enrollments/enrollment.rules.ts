import { addDays, addMonths } from '@party/rules';
import type { LocalDate, LocalizedText } from '@party/contracts';

export const COMPLETION_REGULATION = 'Hướng dẫn 12-HD/BTCTW (2022): học viên hoàn thành khóa học sau khi lớp khai giảng';

/** Last valid day of a certificate: the day before the validity anniversary; null = no expiry. */
export function certificateValidUntil(issuedOn: LocalDate, validityMonths: number | null): LocalDate | null {
  if (validityMonths === null) return null;
  return addDays(addMonths(issuedOn, validityMonths), -1);
}

/** A completion (or certificate) dated before the class opened is not a fact. */
export function completionDateProblem(openedOn: LocalDate, completedOn: LocalDate, issuedOn: LocalDate | null): { field: string; message: LocalizedText } | null {
  if (completedOn < openedOn) {
    return {
      field: 'completedOn',
      message: {
        vi: `Ngày hoàn thành ${completedOn} trước ngày khai giảng lớp ${openedOn}`,
        en: `Completion date ${completedOn} is before the class opened on ${openedOn}`,
      },
    };
  }
  if (issuedOn && issuedOn < openedOn) {
    return {
      field: 'certificateIssuedOn',
      message: {
        vi: `Ngày cấp giấy chứng nhận ${issuedOn} trước ngày khai giảng lớp ${openedOn}`,
        en: `Certificate date ${issuedOn} is before the class opened on ${openedOn}`,
      },
    };
  }
  return null;
}

/** Room left in a class for `adding` more students (capacity null = unlimited). */
export function capacityProblem(capacity: number | null, current: number, adding: number): LocalizedText | null {
  if (capacity === null || current + adding <= capacity) return null;
  return {
    vi: `Lớp chỉ nhận ${capacity} học viên, đã có ${current}, không thể thêm ${adding}`,
    en: `The class takes ${capacity} students and has ${current}; ${adding} more do not fit`,
  };
}

/** The persons of a list that appear more than once (by any of their keys), as indexes. */
export function duplicateIndexes(keys: string[][]): Map<number, number> {
  const firstSeen = new Map<string, number>();
  const dup = new Map<number, number>();
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const first = firstSeen.get(k);
      if (first !== undefined && first !== i) {
        dup.set(i, first);
        return;
      }
    }
    ks.forEach((k) => firstSeen.set(k, i));
  });
  return dup;
}

/** Whether a student can withdraw on a date: not twice, not after completing, not before enrolling. */
export function withdrawalProblem(
  e: { enrolledOn: LocalDate; withdrawnOn: LocalDate | null; attendance: string; completedOn: LocalDate | null },
  withdrawnOn: LocalDate,
): { conflict: boolean; message: LocalizedText } | null {
  if (e.withdrawnOn || e.attendance === 'withdrawn') {
    return { conflict: true, message: { vi: `Học viên đã thôi học${e.withdrawnOn ? ` từ ngày ${e.withdrawnOn}` : ''}`, en: `The student already withdrew${e.withdrawnOn ? ` on ${e.withdrawnOn}` : ''}` } };
  }
  if (e.completedOn) {
    return { conflict: true, message: { vi: `Học viên đã hoàn thành ngày ${e.completedOn}, không thể thôi học`, en: `The student completed on ${e.completedOn} and cannot withdraw` } };
  }
  if (withdrawnOn < e.enrolledOn) {
    return { conflict: false, message: { vi: `Ngày thôi học ${withdrawnOn} trước ngày ghi danh ${e.enrolledOn}`, en: `Withdrawal date ${withdrawnOn} is before the enrollment on ${e.enrolledOn}` } };
  }
  return null;
}
