import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DOSSIER_PATTERNS, ServiceRequest } from '@party/contracts';
import { DossierService } from './dossier.service';

/** The NATS edge of the dossier (hồ sơ đảng viên). No update or delete: append-only. */
@Controller()
export class DossierHandler {
  constructor(private readonly dossier: DossierService) {}

  @MessagePattern(DOSSIER_PATTERNS.list)
  list(@Payload() req: ServiceRequest) {
    return this.dossier.list(req);
  }

  @MessagePattern(DOSSIER_PATTERNS.add)
  add(@Payload() req: ServiceRequest) {
    return this.dossier.add(req);
  }

  @MessagePattern(DOSSIER_PATTERNS.correct)
  correct(@Payload() req: ServiceRequest) {
    return this.dossier.correct(req);
  }
}
