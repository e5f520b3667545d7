import { z } from 'zod';
import { factDate } from '../fact-date';

/**
 * Training's spreadsheets as staged files (services/uploads): the gateway takes a multipart
 * `file`, sends it in ≤ 256 KiB chunks into training's own staging tables and names it by
 * `uploadId`. The preview binds the upload to its class and purpose (and, for a results sheet,
 * the default dates), so the commit records exactly what was previewed, by `uploadId` alone.
 */

/** At most this many problems travel back in a preview or a refusal (a reply stays under NATS's 1 MB). */
export const TRAINING_MAX_REPORTED_ERRORS = 1000;

export const TRAINING_UPLOAD_PURPOSES = ['enrollments', 'results'] as const;
export type TrainingUploadPurpose = (typeof TRAINING_UPLOAD_PURPOSES)[number];

/** A blank multipart field is no value. */
const optionalFormDate = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v), factDate.optional());

/** The multipart form fields beside `file` for a results sheet: the dates of rows leaving them blank. */
export const resultsUploadFieldsSchema = z.object({
  completedOn: optionalFormDate,
  certificateIssuedOn: optionalFormDate,
});

/** `?format=xlsx` gives the results template as a file; without it, JSON with the file in base64 (as before). */
export const resultsTemplateQuery = z.object({ format: z.enum(['xlsx']).optional() });

/** A problem of an imported sheet, for a person to fix in Excel. */
export interface TrainingImportError {
  /** Excel's row number (1 = the header row); null for a problem of the whole file. */
  row: number | null;
  column: string | null;
  problem: string;
  problemEn: string;
}
