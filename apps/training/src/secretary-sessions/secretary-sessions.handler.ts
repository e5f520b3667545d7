import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRAINING_PATTERNS } from '@party/contracts';
import { SecretarySessionsService } from './secretary-sessions.service';

@Controller()
export class SecretarySessionsHandler {
  constructor(private readonly service: SecretarySessionsService) {}

  @MessagePattern(TRAINING_PATTERNS.recordSecretarySession)
  record(@Payload() req: ServiceRequest) {
    return this.service.record(req);
  }
}
