import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { LEAVING_PATTERNS, ServiceRequest } from '@party/contracts';
import { LeavingService } from './leaving.service';

/** The NATS edge of leaving (struck off, left, died) and exemption. */
@Controller()
export class LeavingHandler {
  constructor(private readonly leaving: LeavingService) {}

  @MessagePattern(LEAVING_PATTERNS.strikeOff)
  strikeOff(@Payload() req: ServiceRequest) {
    return this.leaving.strikeOff(req);
  }

  @MessagePattern(LEAVING_PATTERNS.leave)
  leave(@Payload() req: ServiceRequest) {
    return this.leaving.leave(req);
  }

  @MessagePattern(LEAVING_PATTERNS.died)
  died(@Payload() req: ServiceRequest) {
    return this.leaving.died(req);
  }

  @MessagePattern(LEAVING_PATTERNS.deathNotice)
  deathNotice(@Payload() req: ServiceRequest) {
    return this.leaving.deathNotice(req);
  }

  @MessagePattern(LEAVING_PATTERNS.deathNotices)
  deathNotices(@Payload() req: ServiceRequest) {
    return this.leaving.deathNotices(req);
  }

  @MessagePattern(LEAVING_PATTERNS.exempt)
  exempt(@Payload() req: ServiceRequest) {
    return this.leaving.exempt(req);
  }
}
