import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermissions } from '@party/auth';
import { DomainError, dossierCorrectionBody, dossierEntryBody, DOSSIER_ENTRY_KINDS, DOSSIER_PATTERNS, PERSON_CORRECTION_PATTERNS, personCorrectionBody } from '@party/contracts';
import type { z } from 'zod';
import { CurrentCaller, Caller } from '../http/caller';
import { ApiZodBody, ZodPipe } from '../http/zod';
import { ServiceClient } from '../services/service-client';

const uuid = (field: string, vi: string, en: string) => new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field, vi, en }]) });
const personId = uuid('id', 'Mã người không hợp lệ', 'Invalid person id');
const entryId = uuid('entryId', 'Mã mục hồ sơ không hợp lệ', 'Invalid dossier entry id');

/**
 * Hồ sơ đảng viên (confidential, append-only: no update or delete route) and corrections of a
 * person's identity. Permissions are checked here and again, with the caller's scope, by membership.
 */
@ApiTags('dossier')
@ApiBearerAuth()
@Controller()
export class DossierController {
  constructor(private readonly services: ServiceClient) {}

  @Get('dossier/kinds')
  @RequirePermissions('dossier:read')
  @ApiOperation({ summary: 'Danh mục loại tài liệu hồ sơ đảng viên / Kinds of dossier documents' })
  kinds() {
    return DOSSIER_ENTRY_KINDS;
  }

  @Get('members/:id/dossier')
  @RequirePermissions('dossier:read')
  @ApiOperation({ summary: 'Hồ sơ đảng viên: các mục, đính chính đã áp dụng, bản gốc vẫn giữ (mỗi lần xem được ghi nhật ký) / The dossier: entries with corrections applied, originals kept (every read is audited)' })
  list(@Param('id', personId) id: string, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(DOSSIER_PATTERNS.list, { personId: id }, caller);
  }

  @Post('members/:id/dossier')
  @RequirePermissions('dossier:write')
  @ApiOperation({ summary: 'Thêm một mục hồ sơ (lý lịch, phiếu bổ sung hằng năm, quyết định…); không sửa, không xóa / Add a dossier entry; never updated or deleted' })
  @ApiZodBody(dossierEntryBody)
  add(@Param('id', personId) id: string, @Body(new ZodPipe(dossierEntryBody)) body: z.infer<typeof dossierEntryBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(DOSSIER_PATTERNS.add, { ...body, personId: id }, caller);
  }

  @Post('members/:id/dossier/:entryId/corrections')
  @RequirePermissions('dossier:write')
  @ApiOperation({ summary: 'Đính chính một mục hồ sơ (cần quyết định phê duyệt; bản gốc vẫn giữ) / Correct a dossier entry (needs an approval; the original is kept)' })
  @ApiZodBody(dossierCorrectionBody)
  correct(
    @Param('id', personId) id: string,
    @Param('entryId', entryId) entry: string,
    @Body(new ZodPipe(dossierCorrectionBody)) body: z.infer<typeof dossierCorrectionBody>,
    @CurrentCaller() caller: Caller,
  ) {
    return this.services.forCaller(DOSSIER_PATTERNS.correct, { ...body, personId: id, entryId: entry }, caller);
  }

  @Post('members/:id/corrections')
  @RequirePermissions('members:write')
  @ApiOperation({ summary: 'Đính chính thông tin nhân thân (họ tên, ngày sinh, CCCD…; cần quyết định phê duyệt) / Correct a person’s identity (name, birth date, citizen ID…; needs an approval)' })
  @ApiZodBody(personCorrectionBody)
  correctPerson(@Param('id', personId) id: string, @Body(new ZodPipe(personCorrectionBody)) body: z.infer<typeof personCorrectionBody>, @CurrentCaller() caller: Caller) {
    return this.services.forCaller(PERSON_CORRECTION_PATTERNS.correct, { ...body, personId: id }, caller);
  }
}
