import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PERSON_CORRECTION_PATTERNS, ServiceRequest } from '@party/contracts';
import { PersonCorrectionService } from './person-correction.service';

/** The NATS edge of identity corrections. */
@Controller()
export class PersonCorrectionHandler {
  constructor(private readonly corrections: PersonCorrectionService) {}

  @MessagePattern(PERSON_CORRECTION_PATTERNS.correct)
  correct(@Payload() req: ServiceRequest) {
    return this.corrections.correct(req);
  }
}
