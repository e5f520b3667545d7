import { Approval, ApprovalInput, DomainError, DossierFields, FieldError, LocalizedText } from '@party/contracts';

/**
 * Hướng dẫn của Ban Tổ chức Trung ương về hồ sơ đảng viên: the dossier is kept confidential,
 * never altered; an error is corrected only on the competent committee's decision, the original
 * kept. Pure decisions; the service does the I/O.
 */
export const DOSSIER_REGULATION = 'Hướng dẫn của Ban Tổ chức Trung ương về nghiệp vụ công tác đảng viên: quản lý hồ sơ đảng viên (đính chính theo quyết định của cấp có thẩm quyền)';

const APPROVAL_FIELDS: { key: keyof Approval; vi: string; en: string }[] = [
  { key: 'approverName', vi: 'Cần ghi người phê duyệt đính chính', en: 'The approver is required' },
  { key: 'approverRole', vi: 'Cần ghi chức vụ người phê duyệt', en: 'The approver’s role is required' },
  { key: 'decisionNumber', vi: 'Cần ghi số quyết định phê duyệt', en: 'The approval decision number is required' },
  { key: 'approvedOn', vi: 'Cần ghi ngày phê duyệt', en: 'The approval date is required' },
];

/** Every missing or impossible part of an approval, as field errors under `approval.*`. */
export function approvalProblems(approval: ApprovalInput, today: string): FieldError[] {
  const problems: FieldError[] = [];
  for (const f of APPROVAL_FIELDS) {
    if (!approval?.[f.key]) problems.push({ field: `approval.${f.key}`, vi: f.vi, en: f.en });
  }
  if (approval?.approvedOn && approval.approvedOn > today) {
    problems.push({ field: 'approval.approvedOn', vi: `Ngày phê duyệt ở tương lai (hôm nay ${today})`, en: `The approval date is in the future (today ${today})` });
  }
  return problems;
}

/** The approval a correction carries, or a 422 naming every missing part (`what` leads the message: "Đính chính …"). */
export function requireApproval(approval: ApprovalInput, today: string, what: LocalizedText): Approval {
  const problems = approvalProblems(approval, today);
  if (problems.length) {
    throw DomainError.rule(
      {
        vi: `${what.vi} cần có quyết định phê duyệt của cấp có thẩm quyền (người phê duyệt, chức vụ, số quyết định, ngày)`,
        en: `${what.en} needs the competent committee’s approval (approver, role, decision number, date)`,
      },
      DOSSIER_REGULATION,
      problems,
    );
  }
  return approval as Approval;
}

/** The original's fields with each correction applied in order (content merged field by field). */
export function applyCorrections(original: DossierFields, corrections: readonly Partial<DossierFields>[]): DossierFields {
  return corrections.reduce<DossierFields>(
    (cur, c) => ({
      documentDate: c.documentDate ?? cur.documentDate,
      title: c.title ?? cur.title,
      referenceNumber: c.referenceNumber ?? cur.referenceNumber,
      content: c.content ? { ...cur.content, ...c.content } : cur.content,
    }),
    original,
  );
}

/** The fields a correction actually changes against the current state (a correction that changes nothing is refused). */
export function changedFields(current: DossierFields, changes: Partial<DossierFields>): (keyof DossierFields)[] {
  const out: (keyof DossierFields)[] = [];
  for (const key of ['documentDate', 'title', 'referenceNumber'] as const) {
    if (changes[key] !== undefined && changes[key] !== current[key]) out.push(key);
  }
  if (changes.content && Object.entries(changes.content).some(([k, v]) => JSON.stringify(current.content[k]) !== JSON.stringify(v))) out.push('content');
  return out;
}
