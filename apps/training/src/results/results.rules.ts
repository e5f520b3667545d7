import type { LocalDate } from '@party/contracts';
import type { CompletionInput } from '../enrollments/completion';
import { normalize } from '../enrollments/enrollment-import';

export type ResultField = 'enrollmentId' | 'personId' | 'citizenId' | 'fullName' | 'completedOn' | 'result' | 'grade' | 'certificateNumber' | 'certificateIssuedOn';

/** One line of a class's results, from the JSON list (row = its index) or the sheet (row = Excel's row). */
export interface ResultLine {
  row: number;
  enrollmentId: string | null;
  personId: string | null;
  citizenId: string | null;
  /** Only to check against the student named (a sheet typed by hand). */
  fullName: string | null;
  completedOn: LocalDate | null;
  result: 'passed' | 'failed';
  grade: CompletionInput['grade'];
  certificateNumber: string | null;
  certificateIssuedOn: LocalDate | null;
}

export interface StudentFacts {
  id: string;
  personId: string | null;
  citizenId: string | null;
  fullName: string | null;
  attendance: string;
  withdrawnOn: LocalDate | null;
  completedOn: LocalDate | null;
}

export interface ResultProblem {
  row: number;
  field: ResultField;
  vi: string;
  en: string;
}

export interface MatchedResult {
  line: ResultLine;
  enrollmentId: string;
  completion: CompletionInput;
}

/**
 * Checks a whole results list against the class before anything is written: each line names one
 * student of this class (by enrollment, personId or citizen ID, all agreeing), no student twice,
 * not withdrawn nor already completed, not completed (nor certified) before the class opened,
 * and certificate numbers unique within the course type — against the list itself and `issued`,
 * the numbers of this course type already given. Every problem is returned, not just the first.
 */
export function checkResults(
  lines: readonly ResultLine[],
  ctx: { openedOn: LocalDate; students: readonly StudentFacts[]; issued: ReadonlyMap<string, string> },
): { problems: ResultProblem[]; matched: MatchedResult[] } {
  const byId = new Map(ctx.students.map((s) => [s.id, s]));
  const byPerson = new Map(ctx.students.filter((s) => s.personId).map((s) => [s.personId as string, s]));
  const byCitizen = new Map(ctx.students.filter((s) => s.citizenId).map((s) => [s.citizenId as string, s]));
  const problems: ResultProblem[] = [];
  const matched: MatchedResult[] = [];
  const studentRow = new Map<string, number>();
  const numberRow = new Map<string, number>();

  for (const line of lines) {
    const before = problems.length;
    const problem = (field: ResultField, vi: string, en: string) => problems.push({ row: line.row, field, vi, en });

    const named: [ResultField, string, StudentFacts | undefined][] = [];
    if (line.enrollmentId) named.push(['enrollmentId', line.enrollmentId, byId.get(line.enrollmentId)]);
    if (line.personId) named.push(['personId', line.personId, byPerson.get(line.personId)]);
    if (line.citizenId) named.push(['citizenId', line.citizenId, byCitizen.get(line.citizenId)]);
    for (const [field, value, s] of named) {
      if (!s) problem(field, `Không có học viên "${value}" trong lớp này`, `No student "${value}" in this class`);
    }
    const found = [...new Set(named.map(([, , s]) => s).filter((s): s is StudentFacts => !!s))];
    if (found.length > 1) problem(named[1][0], 'Mã ghi danh, mã người và số CCCD không cùng một học viên', 'enrollmentId, personId and citizenId name different students');
    const student = found.length === 1 && problems.length === before ? found[0] : null;

    if (student) {
      const first = studentRow.get(student.id);
      if (first !== undefined) {
        problem(named[0][0], `Học viên đã có ở dòng ${first}`, `The same student as row ${first}`);
      } else {
        studentRow.set(student.id, line.row);
      }
      if (line.fullName && student.fullName && normalize(line.fullName) !== normalize(student.fullName)) {
        problem('fullName', `Họ tên "${line.fullName}" không khớp với học viên đã ghi danh "${student.fullName}"`, `Name "${line.fullName}" does not match the enrolled student "${student.fullName}"`);
      }
      if (student.withdrawnOn || student.attendance === 'withdrawn') {
        problem('result', `Học viên đã thôi học${student.withdrawnOn ? ` từ ngày ${student.withdrawnOn}` : ''}, không thể ghi nhận hoàn thành`, 'The student withdrew; no completion can be recorded');
      }
      if (student.completedOn) {
        problem('result', `Học viên đã được ghi nhận hoàn thành ngày ${student.completedOn}`, `Completion already recorded on ${student.completedOn}`);
      }
    }

    if (!line.completedOn) {
      problem('completedOn', 'Thiếu ngày hoàn thành', 'Missing completion date');
    } else if (line.completedOn < ctx.openedOn) {
      problem('completedOn', `Ngày hoàn thành ${line.completedOn} trước ngày khai giảng lớp ${ctx.openedOn}`, `Completion date ${line.completedOn} is before the class opened on ${ctx.openedOn}`);
    }
    if (line.result === 'failed' && line.certificateNumber) {
      problem('certificateNumber', 'Học viên không đạt thì không cấp giấy chứng nhận', 'No certificate for a failed result');
    }
    if (line.certificateIssuedOn && !line.certificateNumber) {
      problem('certificateNumber', 'Có ngày cấp thì cần số giấy chứng nhận', 'certificateNumber is required with certificateIssuedOn');
    }
    const issuedOn = line.certificateNumber ? (line.certificateIssuedOn ?? line.completedOn) : null;
    // a certificate dated by default takes the completion date, already checked above
    if (line.certificateIssuedOn && issuedOn && issuedOn < ctx.openedOn) {
      problem('certificateIssuedOn', `Ngày cấp giấy chứng nhận ${issuedOn} trước ngày khai giảng lớp ${ctx.openedOn}`, `Certificate date ${issuedOn} is before the class opened on ${ctx.openedOn}`);
    }
    if (line.certificateNumber) {
      const first = numberRow.get(line.certificateNumber);
      if (first !== undefined) {
        problem('certificateNumber', `Số giấy chứng nhận ${line.certificateNumber} trùng với dòng ${first}`, `Certificate number ${line.certificateNumber} repeats row ${first}`);
      } else {
        numberRow.set(line.certificateNumber, line.row);
        if (ctx.issued.has(line.certificateNumber)) {
          problem('certificateNumber', `Số giấy chứng nhận ${line.certificateNumber} đã được cấp cho người khác cùng loại lớp`, `Certificate number ${line.certificateNumber} is already issued for this course type`);
        }
      }
    }

    if (student && line.completedOn && problems.length === before) {
      matched.push({
        line,
        enrollmentId: student.id,
        completion: { completedOn: line.completedOn, result: line.result, grade: line.grade, certificateNumber: line.certificateNumber, certificateIssuedOn: issuedOn },
      });
    }
  }
  return { problems, matched };
}
