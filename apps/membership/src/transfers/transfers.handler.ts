import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRANSFER_PATTERNS } from '@party/contracts';
import { TransfersService } from './transfers.service';

/** The NATS edge of transfers and the headcount. */
@Controller()
export class TransfersHandler {
  constructor(private readonly transfers: TransfersService) {}

  @MessagePattern(TRANSFER_PATTERNS.transferOut)
  transferOut(@Payload() req: ServiceRequest) {
    return this.transfers.transferOut(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.transferIn)
  transferIn(@Payload() req: ServiceRequest) {
    return this.transfers.transferIn(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.startInternal)
  startInternal(@Payload() req: ServiceRequest) {
    return this.transfers.startInternal(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.recordHop)
  recordHop(@Payload() req: ServiceRequest) {
    return this.transfers.recordHop(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.arrive)
  arrive(@Payload() req: ServiceRequest) {
    return this.transfers.arrive(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.followUp)
  followUp(@Payload() req: ServiceRequest) {
    return this.transfers.followUp(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.startTemporary)
  startTemporary(@Payload() req: ServiceRequest) {
    return this.transfers.startTemporary(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.get)
  get(@Payload() req: ServiceRequest) {
    return this.transfers.get(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.deadlines)
  deadlines(@Payload() req: ServiceRequest) {
    return this.transfers.deadlines(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.missingDossiers)
  missingDossiers(@Payload() req: ServiceRequest) {
    return this.transfers.missingDossiers(req);
  }

  @MessagePattern(TRANSFER_PATTERNS.headcount)
  headcount(@Payload() req: ServiceRequest) {
    return this.transfers.headcount(req);
  }
}
