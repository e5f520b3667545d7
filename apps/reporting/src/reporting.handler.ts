import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { assertPermission } from '@party/auth';
import { REPORTING_PATTERNS, ServiceRequest } from '@party/contracts';
import { ProjectionStatus } from './operations/projection-status';
import { RebuildService } from './operations/rebuild.service';
import { YearEndService } from './year-end/year-end.service';

@Controller()
export class ReportingHandler {
  constructor(
    private readonly yearEnd: YearEndService,
    private readonly rebuilds: RebuildService,
    private readonly projection: ProjectionStatus,
  ) {}

  @MessagePattern(REPORTING_PATTERNS.metrics)
  metrics(@Payload() req: ServiceRequest) {
    return this.yearEnd.catalogue(req);
  }

  @MessagePattern(REPORTING_PATTERNS.yearEnd)
  report(@Payload() req: ServiceRequest) {
    return this.yearEnd.yearEnd(req);
  }

  @MessagePattern(REPORTING_PATTERNS.years)
  years(@Payload() req: ServiceRequest) {
    return this.yearEnd.years(req);
  }

  @MessagePattern(REPORTING_PATTERNS.rebuild)
  rebuild(@Payload() req: ServiceRequest) {
    return this.rebuilds.rebuild(req);
  }

  @MessagePattern(REPORTING_PATTERNS.status)
  status(@Payload() req: ServiceRequest) {
    assertPermission(req.principal, 'system:operate');
    return this.projection.status();
  }
}
