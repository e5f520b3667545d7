import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from '../http/zod-dto';
import { CurrentPrincipal, RequirePermissions } from '@party/auth';
import { API_TAGS, DomainError, Principal } from '@party/contracts';
import { Answers } from '../http/answers';
import { ApiZodBody, ZodPipe } from '../http/zod';
import { bulkLoadSchema, StartBulkLoadInput, startBulkLoadSchema } from './bulk-loads.schemas';
import { BulkLoadsService } from './bulk-loads.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => DomainError.validation([{ field: 'id', vi: 'Mã đợt nạp không hợp lệ', en: 'Invalid bulk load id' }]) });

class BulkLoad extends createZodDto(bulkLoadSchema) {}

/** Bulk loads (the demo story, a migration): `/api/health` says `seeding` while one is open. */
@ApiTags(API_TAGS.admin)
@ApiBearerAuth()
@RequirePermissions('system:operate')
@Controller('admin/bulk-loads')
export class BulkLoadsController {
  constructor(private readonly loads: BulkLoadsService) {}

  @Get()
  @ApiOperation({ summary: 'Các đợt nạp dữ liệu đang mở / Bulk loads in progress' })
  @Answers(200, [BulkLoad], 401, 403)
  active() {
    return this.loads.active();
  }

  @Post()
  @ApiOperation({ summary: 'Bắt đầu nạp dữ liệu hàng loạt: hệ thống báo "seeding" đến khi kết thúc / Start a bulk load: health says seeding until it ends' })
  @ApiZodBody(startBulkLoadSchema)
  @Answers(201, BulkLoad, 400, 401, 403)
  start(@Body(new ZodPipe(startBulkLoadSchema)) body: StartBulkLoadInput, @CurrentPrincipal() actor: Principal) {
    return this.loads.start(body, actor);
  }

  @Post(':id/end')
  @ApiOperation({ summary: 'Kết thúc đợt nạp dữ liệu / End a bulk load' })
  @Answers(200, BulkLoad, 400, 401, 403, 404)
  end(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal) {
    return this.loads.end(id, actor);
  }
}
