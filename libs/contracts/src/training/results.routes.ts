import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { recordResultsBodySchema, resultsImportBodySchema } from './commands';
import { classParams, classUploadParams } from './params';
import { recordedResultsSchema } from './views';

/**
 * Kết quả cả lớp: many completions and certificates at once — a JSON list or a sheet — checked as
 * a whole and written all or nothing. The Board's to record, not a secretary's.
 */
export const RESULT_ROUTES = {
  recordResults: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/classes/:id/results',
    pattern: 'training.class.recordResults',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi nhận kết quả cả lớp, tất cả hoặc không / Record a class’s results (many completions and certificates), all or nothing',
    description:
      'Each item names a student by enrollmentId, personId or citizenId; completedOn / certificateIssuedOn default to the request’s. Any problem → 422 with one field per problem (`results.<i>.<field>`) and nothing recorded.',
    params: classParams,
    body: recordResultsBodySchema,
    response: recordedResultsSchema,
    timeoutMs: 60_000,
    examples: { body: { completedOn: '2023-04-07', certificateIssuedOn: '2023-04-10', results: [{ citizenId: '001203009991', result: 'passed', grade: 'good', certificateNumber: '12/GCN-2023' }] } },
  }),
  commitResultsUpload: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/classes/:id/results/import/:uploadId/commit',
    pattern: 'training.class.commitResultsUpload',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi nhận bảng kết quả đã xem trước: tất cả hoặc không / Record the previewed results sheet: every row or none',
    description:
      'Only the user who uploaded it, for the class it was previewed for, with the dates given at the preview. Answers as `POST …/results` plus `uploadId` and removes the staged file; ' +
      '422 with one field per problem (`row N: <column>`) and nothing written; 404 for another user’s or a used file.',
    params: classUploadParams,
    response: recordedResultsSchema.extend({ uploadId: z.uuid() }),
    timeoutMs: 180_000,
  }),
  commitResultsImport: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/classes/:id/results/import',
    pattern: 'training.class.commitResultsImport',
    permission: 'training:write',
    tag: 'training',
    summary: 'Ghi nhận kết quả từ Excel gửi dạng base64 (tệp nhỏ), tất cả hoặc không / Record results from a small base64 .xlsx, all or nothing',
    description: 'Kept for small files (≈ 700 KB): prefer the multipart preview and `…/results/import/{uploadId}/commit`.',
    params: classParams,
    body: resultsImportBodySchema,
    response: recordedResultsSchema,
    timeoutMs: 60_000,
    deprecated: true,
  }),
};
