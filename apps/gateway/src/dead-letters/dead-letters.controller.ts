import { Controller, Get, Inject, Param, PipeTransform, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NatsConnection } from 'nats';
import { createZodDto } from '../http/zod-dto';
import { RequirePermissions } from '@party/auth';
import { API_TAGS, DomainError, NatsNames } from '@party/contracts';
import { DeadLetterAdmin } from '@party/messaging';
import { NATS_CONNECTION, NATS_NAMES } from '@party/service-kit';
import { Answers } from '../http/answers';
import { ApiZodQuery, ZodPipe } from '../http/zod';
import { deadLetterRetriedSchema, deadLettersPageSchema, ListDeadLettersInput, listDeadLettersSchema } from './dead-letters.schemas';

/** A stream sequence: a positive whole number JetStream can hold (-1 or 10^20 used to reach it and fail as a 500). */
const seqPipe: PipeTransform<string, number> = {
  transform(value) {
    const seq = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(seq) || seq < 1) {
      throw DomainError.validation([{ field: 'seq', vi: 'Số thứ tự phải là số nguyên dương', en: 'seq must be a positive whole number' }]);
    }
    return seq;
  },
};

class DeadLettersPage extends createZodDto(deadLettersPageSchema) {}
class DeadLetterRetried extends createZodDto(deadLetterRetriedSchema) {}

@ApiTags(API_TAGS.admin)
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
  @ApiZodQuery(listDeadLettersSchema)
  @Answers(200, DeadLettersPage, 400, 401, 403)
  async list(@Query(new ZodPipe(listDeadLettersSchema)) query: ListDeadLettersInput) {
    return (await this.admin).list(query);
  }

  @Post(':seq/retry')
  @ApiOperation({ summary: 'Xử lý lại / Send the event back to its consumer' })
  @Answers(200, DeadLetterRetried, 400, 401, 403, 404)
  async retry(@Param('seq', seqPipe) seq: number) {
    const retried = await (await this.admin).retry(seq);
    if (!retried) throw DomainError.notFound({ vi: `sự kiện lỗi số ${seq}`, en: `Dead letter ${seq}` });
    return { retried };
  }
}
