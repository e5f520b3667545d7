import { z } from 'zod';
import { bilingual } from '../errors/validate';
import { requiredText as text } from '../fields';
import { defineEvent } from '../events/define-event';
import { factDate } from '../fact-date';
import { localDate } from '../local-date';
import { approvalInput } from './approval';
import type { CodeListEntry } from './code-lists';

/**
 * Hồ sơ đảng viên: confidential and append-only (DOMAIN.md; Hướng dẫn của Ban Tổ chức Trung ương
 * về hồ sơ đảng viên). An entry is never changed or removed; a correction is a new entry that
 * references the one it corrects and carries an approval, and the original stays readable.
 */
const k = (code: string, vi: string, en: string): CodeListEntry => ({ code, vi, en });

/** Kinds of dossier documents, as a code list. `phieu-bo-sung` carries the year it supplements. */
export const DOSSIER_ENTRY_KINDS: readonly CodeListEntry[] = [
  k('ly-lich', 'Lý lịch của người xin vào Đảng / lý lịch đảng viên', 'Personal history (lý lịch)'),
  k('phieu-dang-vien', 'Phiếu đảng viên', 'Party member sheet'),
  k('phieu-bo-sung', 'Phiếu bổ sung hồ sơ đảng viên (hằng năm)', 'Annual dossier supplement'),
  k('quyet-dinh', 'Quyết định (kết nạp, công nhận chính thức, khen thưởng, kỷ luật…)', 'Decision (admission, conversion, award, discipline…)'),
  k('giay-to-khac', 'Giấy tờ khác', 'Other document'),
];
export const ANNUAL_SUPPLEMENT = 'phieu-bo-sung';
const KIND_CODES = DOSSIER_ENTRY_KINDS.map((x) => x.code);

/** Messages stay small and a dossier page is a document's fields, not the document: files go to storage. */
export const DOSSIER_CONTENT_MAX_BYTES = 32_768;

const content = z
  .record(z.string(), z.unknown(), { message: bilingual('Nội dung phải là một đối tượng JSON (các trường của văn bản)', 'Content must be a JSON object (the document’s fields)') })
  .refine((v) => new TextEncoder().encode(JSON.stringify(v)).length <= DOSSIER_CONTENT_MAX_BYTES, {
    message: bilingual(`Nội dung: tối đa ${DOSSIER_CONTENT_MAX_BYTES / 1024} KB; tệp đính kèm lưu riêng`, `Content: at most ${DOSSIER_CONTENT_MAX_BYTES / 1024} KB; attach files separately`),
  });

const entryShape = {
  kind: z.string({ message: bilingual('Vui lòng chọn loại tài liệu', 'Kind is required') }).refine((c) => KIND_CODES.includes(c), {
    message: bilingual(`Loại tài liệu phải là một trong: ${KIND_CODES.join(', ')}`, `Kind must be one of: ${KIND_CODES.join(', ')}`),
  }),
  /** The year an annual supplement is for; only for `phieu-bo-sung`. */
  year: z
    .number({ message: bilingual('Năm phải là số', 'Year must be a number') })
    .int(bilingual('Năm phải là số nguyên', 'Year must be an integer'))
    .min(1930, bilingual('Năm không hợp lệ', 'Invalid year'))
    .max(2100, bilingual('Năm không hợp lệ', 'Invalid year'))
    .nullish()
    .transform((v) => v ?? null),
  /** The date on the document. */
  documentDate: factDate,
  title: text(255, 'tiêu đề', 'Title'),
  content,
  referenceNumber: text(64, 'số, ký hiệu văn bản', 'Reference number'),
};
const entryRefine = (v: { kind: string; year: number | null; documentDate: string }, ctx: z.RefinementCtx) => {
  if (v.kind === ANNUAL_SUPPLEMENT && v.year === null) ctx.addIssue({ code: 'custom', path: ['year'], message: bilingual('Phiếu bổ sung hồ sơ cần ghi năm bổ sung', 'An annual supplement needs its year') });
  if (v.kind !== ANNUAL_SUPPLEMENT && v.year !== null) ctx.addIssue({ code: 'custom', path: ['year'], message: bilingual('Chỉ phiếu bổ sung hồ sơ hằng năm mới ghi năm', 'Only an annual supplement has a year') });
};
export const dossierEntryBody = z.strictObject(entryShape).superRefine(entryRefine);

const changesShape = z
  .strictObject({
    documentDate: factDate.optional(),
    title: text(255, 'tiêu đề', 'Title').optional(),
    content: content.optional(),
    referenceNumber: text(64, 'số, ký hiệu văn bản', 'Reference number').optional(),
  }, { message: bilingual('Nội dung đính chính phải là một đối tượng', 'Changes must be an object') })
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: bilingual('Cần ít nhất một nội dung đính chính', 'At least one change is required') });

const correctionShape = {
  changes: changesShape,
  reason: text(500, 'lý do đính chính', 'Reason for the correction'),
  approval: approvalInput,
};
export const dossierCorrectionBody = z.strictObject(correctionShape);

export interface DossierFields {
  documentDate: string;
  title: string;
  content: Record<string, unknown>;
  referenceNumber: string;
}

// ----------------------------------------------------------------------------- events
// Ids, kinds and dates only: the content is confidential and stays in membership's tables.

/** occurredOn = the document's date. */
export const DossierEntryAdded = defineEvent({
  service: 'membership',
  aggregate: 'dossier',
  name: 'entryAdded',
  version: 1,
  schema: z.object({ personId: z.uuid(), orgId: z.uuid(), entryId: z.uuid(), kind: z.string(), year: z.number().int().nullable(), documentDate: localDate }),
});

/** occurredOn = the approval date. */
export const DossierEntryCorrected = defineEvent({
  service: 'membership',
  aggregate: 'dossier',
  name: 'entryCorrected',
  version: 1,
  schema: z.object({
    personId: z.uuid(),
    orgId: z.uuid(),
    entryId: z.uuid(),
    correctsEntryId: z.uuid(),
    originalEntryId: z.uuid(),
    kind: z.string(),
    approvedOn: localDate,
  }),
});
