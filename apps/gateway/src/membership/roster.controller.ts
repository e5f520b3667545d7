import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { DomainError, ROSTER_PATTERNS, rosterExportQuery, RosterImported, RosterPreview, StagedFile, UPLOAD_MAX_BYTES } from '@party/contracts';
import type { z } from 'zod';
import { Caller, CurrentCaller } from '../http/caller';
import { ApiZodQuery, ZodPipe } from '../http/zod';
import { ReceivedFile, StagedFiles } from '../services/staged-files';
import { ServiceClient } from '../services/service-client';

const uploadId = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'uploadId', vi: 'Mã tệp tải lên không hợp lệ', en: 'Invalid upload id' }]) });

const FILE_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary', description: '.xlsx, or CSV UTF-8 (comma or semicolon, with or without BOM); at most 20 MB' } },
  },
};

/**
 * The member roster as a file: import in two steps (preview, then commit all or nothing) and
 * export in the same columns. The file never rides in a NATS message: it is staged in the
 * membership service in chunks and named by `uploadId`. Registered before `MembersController`,
 * so `members/export` is not taken for `members/:id`.
 */
@ApiTags('members')
@ApiBearerAuth()
@Controller('members')
export class RosterController {
  constructor(
    private readonly services: ServiceClient,
    private readonly files: StagedFiles,
  ) {}

  @Post('import/preview')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @ApiOperation({
    summary: 'Xem trước nhập danh sách đảng viên (.xlsx/CSV): lỗi từng dòng, chưa ghi gì / Preview a roster import: row-by-row problems, nothing written',
    description:
      'Returns `{uploadId, fileName, rows, valid, invalid, errorCount, errors: [{row, column, problem: {vi, en}}], truncated}`. ' +
      'Columns: STT, Họ và tên, Ngày sinh, Giới tính, Số CCCD, Dân tộc, Tôn giáo, Quê quán, Trình độ GDPT, Chuyên môn, Lý luận chính trị, ' +
      'Nghề nghiệp, Chức vụ, Mã tổ chức (or Tên tổ chức), Ngày quyết định kết nạp, Số quyết định kết nạp, Ngày lễ kết nạp, Ngày chính thức (empty = probationary), Số thẻ đảng, Ngày cấp thẻ.',
  })
  async preview(@UploadedFile() file: ReceivedFile | undefined, @CurrentCaller() caller: Caller): Promise<RosterPreview> {
    if (!file?.buffer?.length) throw DomainError.validation([{ field: 'file', vi: 'Cần gửi tệp trong trường "file" (multipart/form-data)', en: 'Send the file in the "file" field (multipart/form-data)' }]);
    const id = await this.files.upload('membership', file, caller);
    return this.services.forCaller<RosterPreview>(ROSTER_PATTERNS.preview, { uploadId: id }, caller, { timeoutMs: 120_000 });
  }

  @Post('import/:uploadId/commit')
  @HttpCode(200)
  @RequirePermissions('members:write')
  @ApiOperation({
    summary: 'Ghi nhận danh sách đã xem trước: tất cả hoặc không (lịch sử, không tính là kết nạp) / Commit a previewed roster: all rows or none (history, never admissions)',
    description: 'Returns `{uploadId, imported, probationary, official, cards}`; 422 with `rowErrors: [{row, column, problem}]` when any row is wrong.',
  })
  commit(@Param('uploadId', uploadId) id: string, @CurrentCaller() caller: Caller): Promise<RosterImported> {
    return this.services.forCaller<RosterImported>(ROSTER_PATTERNS.commit, { uploadId: id }, caller, { timeoutMs: 180_000 });
  }

  @Get('export')
  @RequirePermissions('members:read')
  @ApiZodQuery(rosterExportQuery)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOperation({ summary: 'Xuất danh sách đảng viên (.xlsx/CSV, cùng cột với tệp nhập) / Export the roster (.xlsx/CSV, the import’s columns)' })
  async export(@Query(new ZodPipe(rosterExportQuery)) query: z.infer<typeof rosterExportQuery>, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    const staged = await this.services.forCaller<StagedFile>(ROSTER_PATTERNS.export, query, caller, { timeoutMs: 120_000 });
    const bytes = await this.files.download('membership', staged, caller);
    return new StreamableFile(bytes, { type: staged.contentType, disposition: `attachment; filename="${staged.fileName}"`, length: bytes.length });
  }
}
