import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRAINING_PATTERNS } from '@party/contracts';
import { CourseTypesService } from './course-types.service';

@Controller()
export class CourseTypesHandler {
  constructor(private readonly service: CourseTypesService) {}

  @MessagePattern(TRAINING_PATTERNS.listCourseTypes)
  list(@Payload() req: ServiceRequest) {
    return this.service.list(req);
  }

  @MessagePattern(TRAINING_PATTERNS.addCourseType)
  add(@Payload() req: ServiceRequest) {
    return this.service.add(req);
  }
}
