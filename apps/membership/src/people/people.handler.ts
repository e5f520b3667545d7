import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MEMBER_PATTERNS, ServiceRequest } from '@party/contracts';
import { PeopleService } from './people.service';

/** The NATS edge of people and the member list. */
@Controller()
export class PeopleHandler {
  constructor(private readonly people: PeopleService) {}

  @MessagePattern(MEMBER_PATTERNS.createPerson)
  createPerson(@Payload() req: ServiceRequest) {
    return this.people.createPerson(req);
  }

  @MessagePattern(MEMBER_PATTERNS.registerExisting)
  registerExisting(@Payload() req: ServiceRequest) {
    return this.people.registerExisting(req);
  }

  @MessagePattern(MEMBER_PATTERNS.list)
  list(@Payload() req: ServiceRequest) {
    return this.people.list(req);
  }

  @MessagePattern(MEMBER_PATTERNS.get)
  get(@Payload() req: ServiceRequest) {
    return this.people.get(req);
  }

  @MessagePattern(MEMBER_PATTERNS.codeLists)
  codeLists(@Payload() req: ServiceRequest) {
    return this.people.codeLists(req);
  }
}
