import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ORG_PATTERNS, ServiceRequest } from '@party/contracts';
import { OrganizationService } from './organization.service';

/** The NATS edge of the organizations capability: one pattern per command or query, nothing else. */
@Controller()
export class OrganizationHandler {
  constructor(private readonly orgs: OrganizationService) {}

  @MessagePattern(ORG_PATTERNS.establish)
  establish(@Payload() req: ServiceRequest) {
    return this.orgs.establish(req);
  }

  @MessagePattern(ORG_PATTERNS.handIn)
  handIn(@Payload() req: ServiceRequest) {
    return this.orgs.handIn(req);
  }

  @MessagePattern(ORG_PATTERNS.rename)
  rename(@Payload() req: ServiceRequest) {
    return this.orgs.rename(req);
  }

  @MessagePattern(ORG_PATTERNS.move)
  move(@Payload() req: ServiceRequest) {
    return this.orgs.move(req);
  }

  @MessagePattern(ORG_PATTERNS.merge)
  merge(@Payload() req: ServiceRequest) {
    return this.orgs.merge(req);
  }

  @MessagePattern(ORG_PATTERNS.split)
  split(@Payload() req: ServiceRequest) {
    return this.orgs.split(req);
  }

  @MessagePattern(ORG_PATTERNS.dissolve)
  dissolve(@Payload() req: ServiceRequest) {
    return this.orgs.dissolve(req);
  }

  @MessagePattern(ORG_PATTERNS.handOver)
  handOver(@Payload() req: ServiceRequest) {
    return this.orgs.handOver(req);
  }

  @MessagePattern(ORG_PATTERNS.list)
  list(@Payload() req: ServiceRequest) {
    return this.orgs.list(req);
  }

  @MessagePattern(ORG_PATTERNS.get)
  get(@Payload() req: ServiceRequest) {
    return this.orgs.get(req);
  }

  @MessagePattern(ORG_PATTERNS.subtree)
  subtree(@Payload() req: ServiceRequest) {
    return this.orgs.subtree(req);
  }
}
