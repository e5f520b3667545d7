import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ROSTER_PATTERNS, ServiceRequest } from '@party/contracts';
import { RosterExportService } from './roster-export.service';
import { RosterImportService } from './roster-import.service';

/** The NATS edge of the roster file: preview and commit an import (by `uploadId`), stage an export. */
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

  @MessagePattern(ROSTER_PATTERNS.commit)
  commit(@Payload() req: ServiceRequest) {
    return this.imports.commit(req);
  }

  @MessagePattern(ROSTER_PATTERNS.export)
  export(@Payload() req: ServiceRequest) {
    return this.exports.export(req);
  }
}
