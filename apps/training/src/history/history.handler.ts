import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRAINING_PATTERNS } from '@party/contracts';
import { HistoryService } from './history.service';

@Controller()
export class HistoryHandler {
  constructor(private readonly service: HistoryService) {}

  @MessagePattern(TRAINING_PATTERNS.personHistory)
  personHistory(@Payload() req: ServiceRequest) {
    return this.service.personHistory(req);
  }

  @MessagePattern(TRAINING_PATTERNS.lacking)
  lacking(@Payload() req: ServiceRequest) {
    return this.service.lacking(req);
  }
}
