import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PROBATION_PATTERNS, ServiceRequest } from '@party/contracts';
import { ProbationService } from './probation.service';

/** The NATS edge of probation, conversion and party age. */
@Controller()
export class ProbationHandler {
  constructor(private readonly probation: ProbationService) {}

  @MessagePattern(PROBATION_PATTERNS.reviews)
  reviews(@Payload() req: ServiceRequest) {
    return this.probation.reviews(req);
  }

  @MessagePattern(PROBATION_PATTERNS.convert)
  convert(@Payload() req: ServiceRequest) {
    return this.probation.convert(req);
  }

  @MessagePattern(PROBATION_PATTERNS.removeFromProbation)
  removeFromProbation(@Payload() req: ServiceRequest) {
    return this.probation.removeFromProbation(req);
  }

  @MessagePattern(PROBATION_PATTERNS.partyAge)
  partyAge(@Payload() req: ServiceRequest) {
    return this.probation.partyAge(req);
  }
}
