import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRAINING_PATTERNS } from '@party/contracts';
import { EnrollmentsService } from './enrollments.service';

@Controller()
export class EnrollmentsHandler {
  constructor(private readonly service: EnrollmentsService) {}

  @MessagePattern(TRAINING_PATTERNS.enroll)
  enroll(@Payload() req: ServiceRequest) {
    return this.service.enroll(req);
  }

  @MessagePattern(TRAINING_PATTERNS.recordAttendance)
  recordAttendance(@Payload() req: ServiceRequest) {
    return this.service.recordAttendance(req);
  }

  @MessagePattern(TRAINING_PATTERNS.complete)
  complete(@Payload() req: ServiceRequest) {
    return this.service.complete(req);
  }

  @MessagePattern(TRAINING_PATTERNS.withdraw)
  withdraw(@Payload() req: ServiceRequest) {
    return this.service.withdraw(req);
  }

  @MessagePattern(TRAINING_PATTERNS.previewImport)
  previewImport(@Payload() req: ServiceRequest) {
    return this.service.previewImport(req);
  }

  @MessagePattern(TRAINING_PATTERNS.commitImport)
  commitImport(@Payload() req: ServiceRequest) {
    return this.service.commitImport(req);
  }

  @MessagePattern(TRAINING_PATTERNS.previewEnrollmentUpload)
  previewUpload(@Payload() req: ServiceRequest) {
    return this.service.previewUpload(req);
  }

  @MessagePattern(TRAINING_PATTERNS.commitEnrollmentUpload)
  commitUpload(@Payload() req: ServiceRequest) {
    return this.service.commitUpload(req);
  }
}
