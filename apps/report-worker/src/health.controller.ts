import { Controller, Get, HttpException } from '@nestjs/common';
import { ReportWorker } from './report-worker.service';

@Controller('health')
export class WorkerHealthController {
  constructor(private readonly worker: ReportWorker) {}

  @Get('live')
  live() {
    return { status: 'up' };
  }

  @Get('ready')
  async ready() {
    const redis = await this.worker.redis.ping().then(() => 'up' as const, () => 'down' as const);
    const body = { service: 'report-worker', status: redis, checks: { redis } };
    if (redis !== 'up') throw new HttpException(body, 503);
    return body;
  }
}
