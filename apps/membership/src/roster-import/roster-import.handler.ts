import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ROSTER_PATTERNS, ServiceRequest } from '@party/contracts';
import { RosterExportService } from './roster-export.service';
import { RosterImportService } from './roster-import.service';

/**
 * The service's half of the gateway's hand-written file routes: preview a staged upload, stage
 * an export for download. The commit is a declared route (`ROSTER_ROUTES.commit`).
 */
@Controller()
export class RosterImportHandler {
  constructor(
    private readonly imports: RosterImportService,
    private readonly exports: RosterExportService,
  ) {}

  @MessagePattern(ROSTER_PATTERNS.preview)
  preview(@Payload() req: ServiceRequest) {
    return this.imports.preview(req);
  }

  @MessagePattern(ROSTER_PATTERNS.export)
  export(@Payload() req: ServiceRequest) {
    return this.exports.export(req);
  }
}
