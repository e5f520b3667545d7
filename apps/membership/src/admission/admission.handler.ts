import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ADMISSION_PATTERNS, ServiceRequest } from '@party/contracts';
import { AdmissionService } from './admission.service';

/** The NATS edge of admission. */
@Controller()
export class AdmissionHandler {
  constructor(private readonly admission: AdmissionService) {}

  @MessagePattern(ADMISSION_PATTERNS.admit)
  admit(@Payload() req: ServiceRequest) {
    return this.admission.admit(req);
  }

  @MessagePattern(ADMISSION_PATTERNS.recordCeremony)
  recordCeremony(@Payload() req: ServiceRequest) {
    return this.admission.recordCeremony(req);
  }

  @MessagePattern(ADMISSION_PATTERNS.deadlines)
  deadlines(@Payload() req: ServiceRequest) {
    return this.admission.deadlines(req);
  }
}
