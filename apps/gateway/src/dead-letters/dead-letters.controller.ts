import { Controller, Get, HttpCode, Inject, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NatsConnection } from 'nats';
import { z } from 'zod';
import { RequirePermissions } from '@party/auth';
import { DomainError, NatsNames } from '@party/contracts';
import { DeadLetterAdmin } from '@party/messaging';
import { NATS_CONNECTION, NATS_NAMES } from '@party/service-kit';
import { ApiZodQuery, ZodPipe } from '../http/zod';

const listSchema = z.object({
  afterSeq: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const seqPipe = new ParseIntPipe({
  exceptionFactory: () => DomainError.validation([{ field: 'seq', vi: 'Số thứ tự phải là số nguyên', en: 'seq must be an integer' }]),
});

@ApiTags('admin')
@ApiBearerAuth()
@RequirePermissions('system:operate')
@Controller('admin/dead-letters')
export class DeadLettersController {
  private readonly admin: Promise<DeadLetterAdmin>;

  constructor(@Inject(NATS_CONNECTION) nc: NatsConnection, @Inject(NATS_NAMES) names: NatsNames) {
    this.admin = nc.jetstreamManager().then((jsm) => new DeadLetterAdmin(nc.jetstream(), jsm, names));
  }

  @Get()
  @ApiOperation({ summary: 'Sự kiện không xử lý được / Events a consumer gave up on' })
  @ApiZodQuery(listSchema)
  async list(@Query(new ZodPipe(listSchema)) query: z.infer<typeof listSchema>) {
    return (await this.admin).list(query);
  }

  @Post(':seq/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Xử lý lại / Send the event back to its consumer' })
  async retry(@Param('seq', seqPipe) seq: number) {
    const retried = await (await this.admin).retry(seq);
    if (!retried) throw DomainError.notFound({ vi: `sự kiện lỗi số ${seq}`, en: `Dead letter ${seq}` });
    return { retried };
  }
}
