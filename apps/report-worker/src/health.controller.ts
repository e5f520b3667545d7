import { Controller } from '@nestjs/common';
import { HealthEndpoints } from '@party/service-kit';
import { ReportWorker } from './report-worker.service';

/** The worker depends on Redis only (its queue). */
@Controller('health')
export class WorkerHealthController extends HealthEndpoints {
  constructor(private readonly worker: ReportWorker) {
    super();
  }

  protected async readiness() {
    const redis = await this.worker.redis.ping().then(() => 'up' as const, () => 'down' as const);
    return { service: 'report-worker', status: redis, checks: { redis } };
  }
}
