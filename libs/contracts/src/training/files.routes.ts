import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { importBodySchema, resultsImportBodySchema } from './commands';
import { factDate } from '../fact-date';
import { classParams, uploadId } from './params';
import { enrollmentPreviewSchema, enrollmentUploadPreviewSchema, resultsPreviewSchema, resultsUploadPreviewSchema } from './views';

/** What the gateway sends once the file is staged (with a results sheet's form dates). */
const stagedPreviewBody = z.strictObject({ uploadId });
const stagedResultsPreviewBody = z.strictObject({ uploadId, completedOn: factDate.optional(), certificateIssuedOn: factDate.optional() });

const rosterPreview = {
  service: 'training',
  method: 'POST',
  path: 'training/classes/:id/enrollments/import/preview',
  permission: 'training:write',
  tag: 'training',
  summary: 'Xem trước ghi danh từ tệp Excel: lỗi từng dòng, chưa ghi gì / Preview an .xlsx enrollment roster: row-by-row problems, nothing written',
  params: classParams,
} as const;
const sheetPreview = {
  ...rosterPreview,
  path: 'training/classes/:id/results/import/preview',
  summary: 'Xem trước bảng kết quả Excel: lỗi từng dòng, chưa ghi gì / Preview an .xlsx results sheet: row-by-row problems, nothing written',
} as const;
const template = {
  service: 'training',
  method: 'GET',
  path: 'training/classes/:id/results/template',
  permission: 'training:write',
  tag: 'training',
  summary: 'Mẫu bảng kết quả với học viên còn phải ghi nhận / The results sheet to fill in',
  params: classParams,
} as const;

/**
 * Routes the training service answers like any other, behind the gateway's hand-written
 * `training-files.controller.ts`: one URL takes a multipart file (staged first) or JSON, or gives
 * JSON or a download, so the gateway picks the route by content type or `?format` — which the
 * generated forwarder cannot. Hence not in `ALL_ROUTES`; their `path` is the URL they are behind.
 */
export const TRAINING_FILE_ROUTES = {
  previewImport: defineRoute({ ...rosterPreview, pattern: 'training.enrollment.previewImport', body: importBodySchema, response: enrollmentPreviewSchema, kind: 'query' }),
  previewEnrollmentUpload: defineRoute({ ...rosterPreview, pattern: 'training.enrollment.previewUpload', body: stagedPreviewBody, response: enrollmentUploadPreviewSchema }),
  previewResultsImport: defineRoute({ ...sheetPreview, pattern: 'training.class.previewResultsImport', body: resultsImportBodySchema, response: resultsPreviewSchema, kind: 'query' }),
  previewResultsUpload: defineRoute({ ...sheetPreview, pattern: 'training.class.previewResultsUpload', body: stagedResultsPreviewBody, response: resultsUploadPreviewSchema }),
  resultsTemplate: defineRoute({
    ...template,
    pattern: 'training.class.resultsTemplate',
    response: z.object({ classId: z.uuid(), fileName: z.string(), students: z.number().int(), fileBase64: z.string() }),
  }),
  resultsTemplateFile: defineRoute({
    ...template,
    pattern: 'training.class.resultsTemplateFile',
    response: z.object({ uploadId: z.uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int(), chunks: z.number().int() }),
  }),
};
