import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { BADGE_PATTERNS, ServiceRequest } from '@party/contracts';
import { BadgesService } from './badges.service';

/** The NATS edge of Party badges. */
@Controller()
export class BadgesHandler {
  constructor(private readonly badges: BadgesService) {}

  @MessagePattern(BADGE_PATTERNS.eligible)
  eligible(@Payload() req: ServiceRequest) {
    return this.badges.eligible(req);
  }

  @MessagePattern(BADGE_PATTERNS.award)
  award(@Payload() req: ServiceRequest) {
    return this.badges.award(req);
  }

  @MessagePattern(BADGE_PATTERNS.recordCase)
  recordCase(@Payload() req: ServiceRequest) {
    return this.badges.recordCase(req);
  }
}
