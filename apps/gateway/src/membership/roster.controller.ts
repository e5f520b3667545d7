import { applyDecorators, Controller, Get, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from '../http/zod-dto';
import type { z } from 'zod';
import { RequirePermissions } from '@party/auth';
import { API_TAGS, DomainError, ROSTER_FILE_ROUTES as R, rosterExportQuery, RosterPreview as RosterPreviewView, rosterPreviewSchema, StagedFile, UPLOAD_MAX_BYTES } from '@party/contracts';
import { Answers, apiErrors } from '../http/answers';
import { Caller, CurrentCaller } from '../http/caller';
import { ApiZodQuery, ZodPipe } from '../http/zod';
import { ReceivedFile, StagedFiles } from '../services/staged-files';
import { ServiceClient } from '../services/service-client';

class RosterPreview extends createZodDto(rosterPreviewSchema) {}

const FILE_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: '.xlsx, or CSV UTF-8 (comma or semicolon, with or without BOM); at most 20 MB' } },
  },
};

const binary = { schema: { type: 'string', format: 'binary' } };
const ROSTER_FILE = applyDecorators(
  ApiOkResponse({ description: 'The roster file (attachment)', content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': binary, 'text/csv': binary } }),
  ...apiErrors(400, 401, 403),
);

/**
 * The member roster's two file routes: the preview of an import (a multipart upload) and the
 * export (a download). The file never rides in a NATS message: it is staged in the membership
 * service in chunks and named by `uploadId`. The commit is a declared route (ROSTER_ROUTES).
 * Registered before the declared routes, so `members/export` is not taken for `members/:id`.
 */
@ApiTags(API_TAGS.roster)
@ApiBearerAuth()
@Controller('members')
export class RosterController {
  constructor(
    private readonly services: ServiceClient,
    private readonly files: StagedFiles,
  ) {}

  @Post('import/preview')
  @RequirePermissions('members:write')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @Answers(200, RosterPreview, 400, 401, 403)
  @ApiOperation({
    summary: 'Xem trước nhập danh sách đảng viên (.xlsx/CSV): lỗi từng dòng, chưa ghi gì / Preview a roster import: row-by-row problems, nothing written',
    description:
      'Columns: STT, Họ và tên, Ngày sinh, Giới tính, Số CCCD, Dân tộc, Tôn giáo, Quê quán, Trình độ GDPT, Chuyên môn, Lý luận chính trị, ' +
      'Nghề nghiệp, Chức vụ, Mã tổ chức (or Tên tổ chức), Ngày quyết định kết nạp, Số quyết định kết nạp, Ngày lễ kết nạp, Ngày chính thức (empty = probationary), Số thẻ đảng, Ngày cấp thẻ. ' +
      'Then commit with `POST /api/members/import/{uploadId}/commit`.',
  })
  async preview(@UploadedFile() file: ReceivedFile | undefined, @CurrentCaller() caller: Caller): Promise<RosterPreviewView> {
    if (!file?.buffer?.length) throw DomainError.validation([{ field: 'file', vi: 'Cần gửi tệp trong trường "file" (multipart/form-data)', en: 'Send the file in the "file" field (multipart/form-data)' }]);
    const id = await this.files.upload('membership', file, caller);
    return this.services.forCaller<RosterPreviewView>(R.preview.pattern, { uploadId: id }, caller, { timeoutMs: R.preview.timeoutMs });
  }

  @Get('export')
  @RequirePermissions('members:read')
  @ApiZodQuery(rosterExportQuery)
  @ROSTER_FILE
  @ApiOperation({ summary: 'Xuất danh sách đảng viên (.xlsx/CSV, cùng cột với tệp nhập) / Export the roster (.xlsx/CSV, the import’s columns)' })
  async export(@Query(new ZodPipe(rosterExportQuery)) query: z.infer<typeof rosterExportQuery>, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    const staged = await this.services.forCaller<StagedFile>(R.export.pattern, query, caller, { timeoutMs: R.export.timeoutMs });
    const bytes = await this.files.download('membership', staged, caller);
    return new StreamableFile(bytes, { type: staged.contentType, disposition: `attachment; filename="${staged.fileName}"`, length: bytes.length });
  }
}
