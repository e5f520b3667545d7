import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { createZodDto } from '../http/zod-dto';
import { Public } from '@party/auth';
import { API_TAGS } from '@party/contracts';
import { Answers } from '../http/answers';
import { systemHealthSchema } from './health.schemas';
import { HealthService } from './health.service';

class SystemHealth extends createZodDto(systemHealthSchema) {}

@ApiTags(API_TAGS.admin)
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @SkipThrottle()
  @Get()
  @ApiOperation({
    summary: 'Tình trạng hệ thống / System health',
    description: '200 when every service and PostgreSQL, NATS and Redis answer; otherwise 503 with what does not (or `seeding` while demo data loads).',
  })
  @Answers(200, SystemHealth)
  @ApiResponse({ status: 503, description: 'Một phần hệ thống không chạy / Something is down', type: SystemHealth.Output })
  async check(@Res({ passthrough: true }) res: Response): Promise<SystemHealth> {
    const health = await this.health.check();
    res.status(health.status === 'up' ? 200 : 503);
    return health;
  }
}
