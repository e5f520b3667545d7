import { addDays, addMonths, versionOn, type Bilingual, type DisciplineKind, type Rule } from '@party/rules';

/** Từ trần: the chi bộ notifies and sends the dossier up within 30 working days of the death. */
export const DEATH_NOTICE_DEADLINE_RULES: readonly Rule<{ workingDays: number }>[] = [
  {
    id: 'leaving.death-notice-deadline',
    version: 1,
    regulation: 'Hướng dẫn nghiệp vụ công tác đảng viên (Ban Tổ chức Trung ương): báo cáo, hồ sơ đảng viên từ trần',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Trong 30 ngày làm việc kể từ ngày đảng viên từ trần, chi bộ báo cáo và gửi hồ sơ lên cấp ủy cấp trên.',
      en: 'Within 30 working days of a member’s death, the chi bộ reports it and sends the dossier up.',
    },
    params: { workingDays: 30 },
  },
];

export const STRIKE_OFF_REGULATION = 'Điều lệ Đảng, Điều 8; Quy định 24-QĐ/TW (2021), mục 8';
export const LEAVE_REGULATION = 'Điều lệ Đảng, Điều 8; Quy định 24-QĐ/TW (2021), mục 8.2';
/** No change of a member's standing while a case or a complaint about them is open. */
export const INSPECTION_REGULATION = 'Quy định 22-QĐ/TW (2021) về công tác kiểm tra, giám sát và kỷ luật của Đảng';
export const EXEMPTION_REGULATION = 'Điều lệ Đảng, Điều 7; Quy định 24-QĐ/TW (2021), mục 7';

/**
 * How long a discipline decision stays in force from its effective date, by kind: after it, with
 * no new violation, the decision lapses by itself. An annulled decision never held (as for the
 * badge holds), whatever the date asked; an expulsion
 * ends membership (nothing is left to leave).
 * The periods are this system's encoding of the rule; confirm them with the Inspection Committee
 * when a new regulation replaces it (add a version, never edit this one).
 */
export const DISCIPLINE_IN_FORCE_RULES: readonly Rule<{ months: Partial<Record<DisciplineKind, number>> }>[] = [
  {
    id: 'leaving.discipline-in-force',
    version: 1,
    regulation: 'Quy định 22-QĐ/TW (2021) về công tác kiểm tra, giám sát và kỷ luật của Đảng',
    effectiveFrom: '2011-01-19',
    description: {
      vi: 'Quyết định kỷ luật khiển trách, cảnh cáo còn hiệu lực 12 tháng, cách chức 36 tháng kể từ ngày có hiệu lực, nếu không bị hủy bỏ.',
      en: 'A reprimand or warning stays in force 12 months, a removal from post 36 months, from its effective date, unless annulled.',
    },
    params: { months: { reprimand: 12, warning: 12, removal_from_post: 36 } },
  },
];

/** What membership knows, on the decision date, that may stand in the way of leaving the Party. */
export interface LeaveFacts {
  holds: readonly { kind: 'inspection' | 'complaint'; detail: string | null; since: string; until: string | null }[];
  disciplines: readonly { kind: DisciplineKind; effectiveOn: string; decisionNumber: string | null; applied: boolean; annulledOn: string | null }[];
  /** The chi bộ's own declaration (`hasViolations`), when given. */
  declared?: boolean;
}

export interface LeaveBlocker {
  code: 'under_inspection' | 'pending_complaint' | 'discipline_in_force' | 'declared_violations';
  field: string;
  regulation: string;
  message: Bilingual;
}

const DISCIPLINE_TEXT: Record<DisciplineKind, Bilingual> = {
  reprimand: { vi: 'khiển trách', en: 'reprimand' },
  warning: { vi: 'cảnh cáo', en: 'warning' },
  removal_from_post: { vi: 'cách chức', en: 'removal from post' },
  expulsion: { vi: 'khai trừ', en: 'expulsion' },
};

/**
 * Cho ra khỏi Đảng is only for a member without violations (Quy định 24-QĐ/TW, 8.2): refused
 * while the member is under inspection or has a pending denunciation or complaint on the date
 * (the Inspection Committee's facts: a hold holds from `since` to `until`, inclusive), while a
 * discipline decision is in force, or when the chi bộ declares violations. Every reason is given.
 */
export function leaveBlockers(f: LeaveFacts, on: string): LeaveBlocker[] {
  const out: LeaveBlocker[] = [];
  const holding = f.holds.filter((h) => h.since <= on && (h.until === null || h.until >= on)).sort((a, b) => a.since.localeCompare(b.since));
  const inspection = holding.find((h) => h.kind === 'inspection');
  if (inspection) {
    out.push({
      code: 'under_inspection',
      field: 'personId',
      regulation: `${LEAVE_REGULATION}; ${INSPECTION_REGULATION}`,
      message: { vi: `đảng viên đang bị kiểm tra (từ ngày ${inspection.since})`, en: `the member is under inspection (since ${inspection.since})` },
    });
  }
  const complaint = holding.find((h) => h.kind === 'complaint');
  if (complaint) {
    const what = complaint.detail === 'to_cao' ? { vi: 'tố cáo', en: 'denunciation' } : { vi: 'khiếu nại', en: 'complaint' };
    out.push({
      code: 'pending_complaint',
      field: 'personId',
      regulation: `${LEAVE_REGULATION}; ${INSPECTION_REGULATION}`,
      message: { vi: `đảng viên có ${what.vi} chưa giải quyết (từ ngày ${complaint.since})`, en: `the member has a pending ${what.en} (since ${complaint.since})` },
    });
  }
  const rule = versionOn(DISCIPLINE_IN_FORCE_RULES, on);
  const inForce = f.disciplines
    .filter((d) => d.applied && d.annulledOn === null && d.effectiveOn <= on)
    .map((d) => ({ ...d, until: rule.params.months[d.kind] === undefined ? null : addMonths(d.effectiveOn, rule.params.months[d.kind] as number) }))
    .filter((d) => d.until !== null && on < d.until)
    .sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
  const latest = inForce[0];
  if (latest) {
    const kind = DISCIPLINE_TEXT[latest.kind];
    const no = latest.decisionNumber ? ` ${latest.decisionNumber}` : '';
    out.push({
      code: 'discipline_in_force',
      field: 'personId',
      regulation: `${LEAVE_REGULATION}; ${rule.regulation}`,
      message: {
        vi: `đảng viên đang chịu kỷ luật ${kind.vi} (quyết định${no}, hiệu lực từ ${latest.effectiveOn} đến hết ngày ${addDays(latest.until as string, -1)})`,
        en: `the member is under a ${kind.en} in force (decision${no}, from ${latest.effectiveOn} to ${addDays(latest.until as string, -1)})`,
      },
    });
  }
  if (f.declared === true) {
    out.push({ code: 'declared_violations', field: 'hasViolations', regulation: LEAVE_REGULATION, message: { vi: 'chi bộ khai báo đảng viên có vi phạm', en: 'the chi bộ declares the member has violations' } });
  }
  return out;
}
