import { applyDecorators, Controller, Get, HttpCode, Param, Post, Query, Req, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request } from 'express';
import { namedZodDto } from '../http/zod-dto';
import { apiErrors, ErrorStatus } from '../http/answers';
import { z } from 'zod';
import { RequirePermissions } from '@party/auth';
import { API_TAGS, DomainError, resultsTemplateQuery, resultsUploadFieldsSchema, Route, StagedFile, TRAINING_FILE_ROUTES as R, UPLOAD_MAX_BYTES, validate } from '@party/contracts';
import { Caller, CurrentCaller } from '../http/caller';
import { ApiZodQuery, openApiSchema } from '../http/zod';
import { ErrorBody } from '../routes/route-forwarder';
import { ServiceClient } from '../services/service-client';
import { ReceivedFile, StagedFiles } from '../services/staged-files';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE_FIELD = { type: 'string', format: 'binary', description: '.xlsx (first sheet, header row first); at most 20 MB' };
const DATE_FIELD = (description: string) => ({ type: 'string', format: 'date', description });
const upload = FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } });
const noFile = () => DomainError.validation([{ field: 'file', vi: 'Cần gửi tệp trong trường "file" (multipart/form-data)', en: 'Send the file in the "file" field (multipart/form-data)' }]);

/** The answer of a declared route as a named OpenAPI component (what the forwarder does for the JSON routes). */
const responseModel = (route: Route, name: string) => namedZodDto(route.response, name).Output;
const RosterUploadPreview = responseModel(R.previewEnrollmentUpload, 'TrainingEnrollmentPreviewOfUpload');
const RosterPreview = responseModel(R.previewImport, 'TrainingEnrollmentPreview');
const SheetUploadPreview = responseModel(R.previewResultsUpload, 'TrainingResultsPreviewOfUpload');
const SheetPreview = responseModel(R.previewResultsImport, 'TrainingResultsPreview');
const Template = responseModel(R.resultsTemplate, 'TrainingResultsTemplate');
const either = (primary: new () => unknown, older: new () => unknown) => ({ schema: { oneOf: [{ $ref: getSchemaPath(primary) }, { $ref: getSchemaPath(older) }] } });

/**
 * The request body of a preview that takes the file either way: multipart `file` (the primary
 * way: staged in chunks, answered with an `uploadId` to commit) or, for small files, the older
 * JSON `{ fileBase64 }` (the whole file inside one NATS message, so ≈ 700 KB at most).
 */
function previewBody(route: Route, multipart: Record<string, unknown>) {
  return {
    required: true,
    content: {
      'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: FILE_FIELD, ...multipart } } },
      'application/json': { schema: openApiSchema(route.body as never) },
    },
  };
}

/** Checked before a file is staged for a class that cannot exist. */
const classId = R.previewEnrollmentUpload.params as z.ZodType;
const classIdParam = ApiParam({ name: 'id', required: true, schema: { type: 'string', format: 'uuid' } });
const errors = (...statuses: ErrorStatus[]): MethodDecorator => applyDecorators(...apiErrors(...statuses));

/**
 * Training's spreadsheets over HTTP: the one place a training URL takes a multipart file or gives
 * a download. The file is staged in training's own tables in ≤ 256 KiB chunks (never a whole file
 * in one NATS message), previewed, then committed by `uploadId` (a declared JSON route). Each URL
 * also keeps its older JSON form, so the route is picked here by content type or `?format`; the
 * service answers both as declared routes (`TRAINING_FILE_ROUTES`), checking permission and input.
 */
@ApiTags(API_TAGS.training)
@ApiBearerAuth()
@ApiExtraModels(RosterUploadPreview, RosterPreview, SheetUploadPreview, SheetPreview, Template, ErrorBody)
@Controller('training')
export class TrainingFilesController {
  constructor(
    private readonly services: ServiceClient,
    private readonly files: StagedFiles,
  ) {}

  @Post('classes/:id/enrollments/import/preview')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @UseInterceptors(upload)
  @classIdParam
  @ApiOperation({
    summary: 'Xem trước ghi danh từ tệp Excel (multipart "file"): lỗi từng dòng, chưa ghi gì / Preview an .xlsx enrollment roster (multipart "file"): row-by-row problems, nothing written',
    description:
      'Send the .xlsx as multipart `file` (up to 20 MB, staged in training in chunks). Answers with `uploadId`, counts, `errors: [{row, column, problem, problemEn}]` and a sample; ' +
      'then `POST …/enrollments/import/{uploadId}/commit`. Columns by header (accents and case ignored): Mã người, Số CCCD, Họ và tên, Ngày sinh, Mã tổ chức. ' +
      'A JSON body `{fileBase64}` is still taken for small files (≈ 700 KB): it answers without `uploadId` and commits with `POST …/enrollments/import`.',
    requestBody: previewBody(R.previewImport, {}),
  })
  @ApiOkResponse({ description: 'The preview: of the staged upload (multipart) or of the base64 file (JSON)', ...either(RosterUploadPreview, RosterPreview) })
  @errors(400, 401, 403, 404, 422)
  async previewImport(@Param('id') id: string, @UploadedFile() file: ReceivedFile | undefined, @Req() req: Request, @CurrentCaller() caller: Caller) {
    if (!req.is('multipart/form-data')) return this.services.forCaller(R.previewImport.pattern, { ...req.body, id }, caller, { timeoutMs: 30_000 });
    validate(classId, { id });
    if (!file?.buffer?.length) throw noFile();
    const uploadId = await this.files.upload('training', file, caller);
    return this.services.forCaller(R.previewEnrollmentUpload.pattern, { id, uploadId }, caller, { timeoutMs: 120_000 });
  }

  @Get('classes/:id/results/template')
  @RequirePermissions('training:write')
  @classIdParam
  @ApiZodQuery(resultsTemplateQuery)
  @ApiProduces(XLSX, 'application/json')
  @ApiOperation({
    summary: 'Mẫu bảng kết quả với học viên còn phải ghi nhận (?format=xlsx: tải tệp) / The results sheet to fill in (?format=xlsx: a file download)',
    description: 'With `format=xlsx`: the .xlsx as an attachment. Without it: `{classId, fileName, students, fileBase64}` (JSON, as before). The Board only.',
  })
  @ApiOkResponse({
    description: 'The sheet: a download with `format=xlsx`, else JSON',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } }, 'application/json': { schema: { $ref: getSchemaPath(Template) } } },
  })
  @errors(400, 401, 403, 404)
  async resultsTemplate(@Param('id') id: string, @Query() query: unknown, @CurrentCaller() caller: Caller) {
    const { format } = validate(resultsTemplateQuery, query ?? {});
    if (format !== 'xlsx') return this.services.forCaller(R.resultsTemplate.pattern, { id }, caller, { timeoutMs: 30_000 });
    const staged = await this.services.forCaller<StagedFile>(R.resultsTemplateFile.pattern, { id }, caller, { timeoutMs: 60_000 });
    const bytes = await this.files.download('training', staged, caller);
    return new StreamableFile(bytes, { type: staged.contentType, disposition: `attachment; filename="${staged.fileName}"`, length: bytes.length });
  }

  @Post('classes/:id/results/import/preview')
  @HttpCode(200)
  @RequirePermissions('training:write')
  @UseInterceptors(upload)
  @classIdParam
  @ApiOperation({
    summary: 'Xem trước bảng kết quả Excel (multipart "file"): lỗi từng dòng, chưa ghi gì / Preview an .xlsx results sheet (multipart "file"): row-by-row problems, nothing written',
    description:
      'Send the sheet as multipart `file`, with `completedOn` / `certificateIssuedOn` (YYYY-MM-DD) for rows leaving them blank. Answers with `uploadId`, counts, `errors: [{row, column, problem, problemEn}]`, ' +
      'those dates and a sample; then `POST …/results/import/{uploadId}/commit` records it with those dates. ' +
      'A JSON body `{fileBase64, completedOn?, certificateIssuedOn?}` is still taken for small files (commit with `POST …/results/import`).',
    requestBody: previewBody(R.previewResultsImport, {
      completedOn: DATE_FIELD('Completion date of rows without one'),
      certificateIssuedOn: DATE_FIELD('Certificate date of rows with a number and no date'),
    }),
  })
  @ApiOkResponse({ description: 'The preview: of the staged upload (multipart) or of the base64 file (JSON)', ...either(SheetUploadPreview, SheetPreview) })
  @errors(400, 401, 403, 404, 422)
  async previewResults(@Param('id') id: string, @UploadedFile() file: ReceivedFile | undefined, @Req() req: Request, @CurrentCaller() caller: Caller) {
    if (!req.is('multipart/form-data')) return this.services.forCaller(R.previewResultsImport.pattern, { ...req.body, id }, caller, { timeoutMs: 30_000 });
    validate(classId, { id });
    const fields = validate(resultsUploadFieldsSchema, req.body ?? {});
    if (!file?.buffer?.length) throw noFile();
    const uploadId = await this.files.upload('training', file, caller);
    return this.services.forCaller(R.previewResultsUpload.pattern, { id, uploadId, ...fields }, caller, { timeoutMs: 120_000 });
  }
}
