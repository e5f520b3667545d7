import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRAINING_PATTERNS } from '@party/contracts';
import { RegistrationsService } from './registrations.service';

@Controller()
export class RegistrationsHandler {
  constructor(private readonly service: RegistrationsService) {}

  @MessagePattern(TRAINING_PATTERNS.register)
  register(@Payload() req: ServiceRequest) {
    return this.service.register(req);
  }

  @MessagePattern(TRAINING_PATTERNS.listRegistrations)
  listRegistrations(@Payload() req: ServiceRequest) {
    return this.service.listRegistrations(req);
  }

  @MessagePattern(TRAINING_PATTERNS.send)
  send(@Payload() req: ServiceRequest) {
    return this.service.send(req);
  }

  @MessagePattern(TRAINING_PATTERNS.listSendings)
  listSendings(@Payload() req: ServiceRequest) {
    return this.service.listSendings(req);
  }
}
