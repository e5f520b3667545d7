import { DomainError, PROGRAM_PHASE_LABELS, PROGRAM_PHASES, type ProgramPhase } from '@party/contracts';

/**
 * The order of an inspection or a supervision (Quy định 22-QĐ/TW ngày 28/7/2021 về công tác kiểm
 * tra, giám sát và kỷ luật của Đảng; Hướng dẫn 02-HD/TW ngày 09/12/2021, the steps of a cuộc kiểm
 * tra / giám sát): plan, notice, self-report, verification, conclusion — each done after the one
 * before, never on an earlier day; a conclusion states findings and comes after the verification;
 * its recommendations are followed up from its date until carried out. Pure decisions, no I/O.
 */
export const PROGRAM_REGULATION = 'Quy định 22-QĐ/TW ngày 28/7/2021; Hướng dẫn 02-HD/TW ngày 09/12/2021';

export interface PhaseState {
  phase: ProgramPhase;
  doneOn: string | null;
}

const label = (p: ProgramPhase) => PROGRAM_PHASE_LABELS[p];
const lower = (p: ProgramPhase) => label(p).en.toLowerCase();
const viDate = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** The phase before `phase`, with its state. */
function previous(phases: readonly PhaseState[], phase: ProgramPhase): PhaseState | null {
  const i = PROGRAM_PHASES.indexOf(phase);
  return i > 0 ? (phases.find((p) => p.phase === PROGRAM_PHASES[i - 1]) ?? { phase: PROGRAM_PHASES[i - 1], doneOn: null }) : null;
}

/** The first phase not done; null when all are. */
export function nextPhase(phases: readonly PhaseState[]): ProgramPhase | null {
  return PROGRAM_PHASES.find((p) => !phases.find((s) => s.phase === p)?.doneOn) ?? null;
}

/**
 * Why `phase` cannot be recorded done on `doneOn` (null: it can). The conclusion has its own
 * command (it carries the conclusion's number and text).
 */
export function phaseDoneRefusal(phases: readonly PhaseState[], phase: ProgramPhase, doneOn: string, concluded: boolean): DomainError | null {
  if (phase === 'conclusion') {
    return DomainError.rule(
      { vi: 'Bước kết luận được ghi nhận bằng thông báo kết luận (số, ngày, nội dung)', en: 'The conclusion is recorded with its number, date and text (conclude)' },
      PROGRAM_REGULATION,
      [{ field: 'phase', vi: 'Dùng chức năng kết luận', en: 'Use conclude' }],
    );
  }
  if (concluded) return DomainError.conflict({ vi: 'Cuộc kiểm tra, giám sát đã kết luận', en: 'The target is already concluded' });
  if (phases.find((p) => p.phase === phase)?.doneOn) {
    return DomainError.conflict({ vi: `Bước "${label(phase).vi}" đã được ghi nhận hoàn thành`, en: `The ${lower(phase)} phase is already recorded done` });
  }
  const before = previous(phases, phase);
  if (before && !before.doneOn) {
    return DomainError.rule(
      { vi: `Chưa hoàn thành bước "${label(before.phase).vi}" trước bước "${label(phase).vi}"`, en: `The ${lower(before.phase)} phase is not done before the ${lower(phase)}` },
      PROGRAM_REGULATION,
      [{ field: 'phase', vi: `Bước trước chưa hoàn thành: ${label(before.phase).vi}`, en: `The phase before is not done: ${label(before.phase).en}` }],
    );
  }
  if (before?.doneOn && doneOn < before.doneOn) {
    return DomainError.rule(
      {
        vi: `Ngày hoàn thành bước "${label(phase).vi}" (${viDate(doneOn)}) trước ngày hoàn thành bước "${label(before.phase).vi}" (${viDate(before.doneOn)})`,
        en: `The ${lower(phase)} phase cannot be done (${doneOn}) before the ${lower(before.phase)} phase (${before.doneOn})`,
      },
      PROGRAM_REGULATION,
      [{ field: 'doneOn', vi: `Không được trước ngày ${viDate(before.doneOn)}`, en: `Not before ${before.doneOn}` }],
    );
  }
  return null;
}

/** Why the target cannot be concluded on `conclusionDate` (null: it can). */
export function conclusionRefusal(phases: readonly PhaseState[], findings: number, conclusionDate: string, concluded: boolean): DomainError | null {
  if (concluded) return DomainError.conflict({ vi: 'Cuộc kiểm tra, giám sát đã kết luận', en: 'The target is already concluded' });
  const verification = phases.find((p) => p.phase === 'verification');
  if (!verification?.doneOn) {
    const missing = nextPhase(phases) ?? 'verification';
    return DomainError.rule(
      { vi: `Chưa thể kết luận: chưa hoàn thành bước "${label(missing).vi}"`, en: `Cannot conclude yet: the ${lower(missing)} phase is not done` },
      PROGRAM_REGULATION,
    );
  }
  if (conclusionDate < verification.doneOn) {
    return DomainError.rule(
      { vi: `Ngày kết luận (${viDate(conclusionDate)}) trước ngày hoàn thành thẩm tra, xác minh (${viDate(verification.doneOn)})`, en: `The conclusion (${conclusionDate}) cannot come before the verification (${verification.doneOn})` },
      PROGRAM_REGULATION,
      [{ field: 'conclusionDate', vi: `Không được trước ngày ${viDate(verification.doneOn)}`, en: `Not before ${verification.doneOn}` }],
    );
  }
  if (findings === 0) {
    return DomainError.rule(
      { vi: 'Chưa có phát hiện nào được ghi nhận: kết luận dựa trên kết quả thẩm tra, xác minh', en: 'No finding is recorded: a conclusion rests on what the verification found' },
      PROGRAM_REGULATION,
    );
  }
  return null;
}

/** Why a follow-up cannot be recorded (null: it can). */
export function followUpRefusal(rec: { closedOn: string | null; followUps: readonly { followedUpOn: string }[] }, conclusionDate: string, on: string): DomainError | null {
  if (rec.closedOn) return DomainError.conflict({ vi: `Kiến nghị đã hoàn thành ngày ${viDate(rec.closedOn)}`, en: `The recommendation was closed on ${rec.closedOn}` });
  if (on < conclusionDate) {
    return DomainError.rule(
      { vi: `Ngày theo dõi (${viDate(on)}) trước ngày kết luận (${viDate(conclusionDate)})`, en: `The follow-up (${on}) cannot come before the conclusion (${conclusionDate})` },
      PROGRAM_REGULATION,
      [{ field: 'followedUpOn', vi: `Không được trước ngày ${viDate(conclusionDate)}`, en: `Not before ${conclusionDate}` }],
    );
  }
  const last = rec.followUps.reduce<string | null>((a, f) => (a && a > f.followedUpOn ? a : f.followedUpOn), null);
  if (last && on < last) {
    return DomainError.rule(
      { vi: `Ngày theo dõi (${viDate(on)}) trước lần theo dõi trước (${viDate(last)})`, en: `The follow-up (${on}) cannot come before the previous one (${last})` },
      PROGRAM_REGULATION,
      [{ field: 'followedUpOn', vi: `Không được trước ngày ${viDate(last)}`, en: `Not before ${last}` }],
    );
  }
  return null;
}

/** Phases due before `asOf` and not done are overdue (due on `asOf` itself is not, yet). */
export function isOverdue(p: { dueOn: string | null; doneOn: string | null }, asOf: string): boolean {
  return !p.doneOn && !!p.dueOn && p.dueOn < asOf;
}

/** Whole days from `dueOn` to `asOf`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
