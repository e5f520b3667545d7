import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { factDate } from '../fact-date';

/**
 * The approval a correction of a confidential record carries (Hướng dẫn về hồ sơ đảng viên: a
 * correction is made only on the competent committee's decision): who approved, in which role,
 * by which decision, on which day. The shape is checked here (400 when malformed); whether an
 * approval is there at all is the service's rule (422 naming each missing field), because a
 * correction without one is a request the regulation refuses, not a typo.
 */
const optionalText = (max: number, vi: string, en: string) =>
  z
    .string({ message: bilingual(`${vi} phải là chuỗi ký tự`, `${en} must be text`) })
    .trim()
    .max(max, bilingual(`${vi}: tối đa ${max} ký tự`, `${en}: at most ${max} characters`))
    .nullish()
    .transform((v) => (v ? v : null));

export const approvalInput = z
  .strictObject({
    approverName: optionalText(120, 'Người phê duyệt', 'Approver'),
    approverRole: optionalText(120, 'Chức vụ người phê duyệt', 'Approver role'),
    decisionNumber: optionalText(64, 'Số quyết định phê duyệt', 'Approval decision number'),
    approvedOn: factDate.nullish().transform((v) => v ?? null),
  })
  .nullish()
  .transform((v) => v ?? null);
export type ApprovalInput = z.infer<typeof approvalInput>;

/** An approval once the service accepted it: every field present. */
export interface Approval {
  approverName: string;
  approverRole: string;
  decisionNumber: string;
  approvedOn: string;
}
