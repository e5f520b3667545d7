import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { rosterImportSchema } from './roster-commands';

/**
 * The member roster as a file. Only the commit is a JSON route; the preview (a multipart upload)
 * and the export (a file download) are written by hand in the gateway, and their answers are
 * described here for its OpenAPI document.
 */
const localizedText = z.object({ vi: z.string(), en: z.string() });

export const rosterRowErrorSchema = z
  .object({ row: z.number().int().nullable(), column: z.string().nullable(), problem: localizedText })
  .meta({ id: 'RosterRowError', description: "Excel's row number (1 = the header; null = the whole file) and the column header." });

export const rosterPreviewSchema = z.object({
  uploadId: z.uuid(),
  fileName: z.string(),
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(rosterRowErrorSchema),
  truncated: z.boolean(),
});

export const ROSTER_ROUTES = {
  commit: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/import/:uploadId/commit',
    pattern: 'membership.roster.commit',
    permission: 'members:write',
    tag: 'roster',
    summary: 'Ghi nhận danh sách đã xem trước: tất cả hoặc không (lịch sử, không tính là kết nạp) / Commit a previewed roster: all rows or none (history, never admissions)',
    description: '422 with `rowErrors: [{row, column, problem}]` when any row is wrong; `created` names the person recorded from each row.',
    params: rosterImportSchema,
    timeoutMs: 180_000,
    response: z.object({
      uploadId: z.uuid(),
      imported: z.number().int(),
      probationary: z.number().int(),
      official: z.number().int(),
      cards: z.number().int(),
      created: z.array(z.object({ row: z.number().int(), personId: z.uuid() })),
    }),
  }),
};

export type RosterPreview = z.infer<typeof rosterPreviewSchema>;
