import { z } from 'zod';
import { bilingual } from '../errors/validate';

/**
 * The member roster as a file (danh sách đảng viên): imported as history in two steps — preview
 * (every problem by row and column, nothing written) then commit (all rows or none) — and
 * exported in the same column shape. The file itself is staged by `uploadId` (services/uploads).
 */
export const rosterImportSchema = z.strictObject({
  uploadId: z.uuid({ message: bilingual('Mã tệp tải lên không hợp lệ', 'Invalid upload id') }),
});

export const ROSTER_FORMATS = ['xlsx', 'csv'] as const;
export type RosterFormat = (typeof ROSTER_FORMATS)[number];

export const rosterExportQuery = z.strictObject({
  /** Members of this organization and its subtree (today); the caller's whole scope when absent. */
  orgId: z.uuid({ message: bilingual('Mã tổ chức không hợp lệ', 'Invalid organization id') }).optional(),
  format: z.enum(ROSTER_FORMATS, { message: bilingual('Định dạng phải là xlsx hoặc csv', 'Format must be xlsx or csv') }).default('xlsx'),
});

/**
 * At most this many problems travel back (a reply must stay under NATS's 1 MB); `errorCount`
 * says how many there are in all.
 */
export const ROSTER_MAX_REPORTED_ERRORS = 1000;

/**
 * At most this many rows travel back in a preview for the clerk to read (≈ 200 bytes each, so a
 * reply stays well under NATS's 1 MB with the errors); bad rows are chosen first.
 */
export const ROSTER_MAX_PREVIEW_LINES = 2000;
