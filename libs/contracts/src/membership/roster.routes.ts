import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { stagedFileSchema } from '../services/uploads';
import { rosterExportQuery, rosterImportSchema } from './roster-commands';

/**
 * The member roster as a file: preview a staged upload, commit it (a JSON route like any other),
 * export it. The preview takes a multipart upload and the export gives a download, so the gateway
 * serves those two by hand (`roster.controller.ts`) — they are `ROSTER_FILE_ROUTES`, answered by
 * membership like any route but kept out of `ALL_ROUTES`.
 */
const localizedText = z.object({ vi: z.string(), en: z.string() });

export const rosterRowErrorSchema = z
  .object({ row: z.number().int().nullable(), column: z.string().nullable(), problem: localizedText })
  .meta({ id: 'RosterRowError', description: "Excel's row number (1 = the header; null = the whole file) and the column header." });

/**
 * One data row as the preview shows it beside its problems: the cells that tell a clerk which
 * member it is, as typed (a date that reads is `YYYY-MM-DD`; one that does not stays as typed).
 */
export const rosterPreviewLineSchema = z
  .object({
    row: z.number().int(),
    ok: z.boolean(),
    fullName: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    citizenId: z.string().nullable(),
    /** The organization's name when the row names one that exists; else the cell as typed. */
    organization: z.string().nullable(),
    admissionDecisionDate: z.string().nullable(),
    /** Empty: recorded as a probationary member. */
    officialDate: z.string().nullable(),
    cardNumber: z.string().nullable(),
  })
  .meta({ id: 'RosterPreviewLine' });

export const rosterPreviewSchema = z.object({
  uploadId: z.uuid(),
  fileName: z.string(),
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  errorCount: z.number().int(),
  errors: z.array(rosterRowErrorSchema),
  truncated: z.boolean(),
  /** The rows themselves, in file order: every bad row first in the choice, then good ones, up to `ROSTER_MAX_PREVIEW_LINES`. */
  lines: z.array(rosterPreviewLineSchema),
  /** More rows than `lines` holds (their counts are still in `rows`, `valid`, `invalid`). */
  linesTruncated: z.boolean(),
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

export const ROSTER_FILE_ROUTES = {
  preview: defineRoute({
    service: 'membership',
    method: 'POST',
    path: 'members/import/preview',
    pattern: 'membership.roster.preview',
    permission: 'members:write',
    tag: 'roster',
    kind: 'query',
    summary: 'Xem trước nhập danh sách đảng viên (.xlsx/CSV): lỗi từng dòng, chưa ghi gì / Preview a roster import: row-by-row problems, nothing written',
    body: rosterImportSchema,
    timeoutMs: 120_000,
    response: rosterPreviewSchema,
  }),
  export: defineRoute({
    service: 'membership',
    method: 'GET',
    path: 'members/export',
    pattern: 'membership.roster.export',
    permission: 'members:read',
    tag: 'roster',
    summary: 'Xuất danh sách đảng viên (.xlsx/CSV, cùng cột với tệp nhập) / Export the roster (.xlsx/CSV, the import’s columns)',
    query: rosterExportQuery,
    timeoutMs: 120_000,
    response: stagedFileSchema,
  }),
};

export type RosterPreview = z.infer<typeof rosterPreviewSchema>;
