import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRAINING_PATTERNS } from '@party/contracts';
import { ClassesService } from './classes.service';

@Controller()
export class ClassesHandler {
  constructor(private readonly service: ClassesService) {}

  @MessagePattern(TRAINING_PATTERNS.openClass)
  open(@Payload() req: ServiceRequest) {
    return this.service.open(req);
  }

  @MessagePattern(TRAINING_PATTERNS.updateClass)
  update(@Payload() req: ServiceRequest) {
    return this.service.update(req);
  }

  @MessagePattern(TRAINING_PATTERNS.listClasses)
  list(@Payload() req: ServiceRequest) {
    return this.service.list(req);
  }

  @MessagePattern(TRAINING_PATTERNS.getClass)
  get(@Payload() req: ServiceRequest) {
    return this.service.get(req);
  }
}
