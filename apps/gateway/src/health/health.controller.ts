import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from '@party/auth';
import { HealthService, SystemHealth } from './health.service';

@ApiTags('system')
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
  async check(@Res({ passthrough: true }) res: Response): Promise<SystemHealth> {
    const health = await this.health.check();
    res.status(health.status === 'up' ? 200 : 503);
    return health;
  }
}
