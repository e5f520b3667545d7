import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EntityManager } from '@mikro-orm/postgresql';
import { RequirePermissions } from '@party/auth';
import { API_TAGS, AUDIT_PERMISSION, AuditEntryView, AuditListQuery, auditListQuery, auditPageSchema, Paged } from '@party/contracts';
import { AuditEntry } from '@party/database';
import { auditEntryView, auditFilter } from '@party/service-kit';
import { Answers } from '../http/answers';
import { ApiZodQuery, ZodPipe } from '../http/zod';
import { createZodDto } from '../http/zod-dto';

class AuditPage extends createZodDto(auditPageSchema) {}

/**
 * `GET /api/audit/gateway`: the gateway's own audit — sign-ins, failures and lockouts, logouts,
 * users created, changed, deactivated or unlocked, bulk loads — read as every service's audit
 * is (same filters, same answer). Nothing in it is confidential: no password or token is written.
 */
@ApiTags(API_TAGS.admin)
@ApiBearerAuth()
@RequirePermissions(AUDIT_PERMISSION)
@Controller('audit/gateway')
export class GatewayAuditController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @ApiOperation({ summary: 'Nhật ký của cổng: đăng nhập, tài khoản / The gateway\'s audit log: sign-ins, accounts', description: 'Newest first, paged; append-only in the database.' })
  @ApiZodQuery(auditListQuery as never)
  @Answers(200, AuditPage, 400, 401, 403)
  async list(@Query(new ZodPipe(auditListQuery)) q: AuditListQuery): Promise<Paged<AuditEntryView>> {
    const [rows, total] = await this.em.fork().findAndCount(AuditEntry, auditFilter(q), {
      orderBy: { at: 'desc', id: 'desc' },
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.map((e) => auditEntryView(e, false)), total, page: q.page, pageSize: q.pageSize };
  }
}
