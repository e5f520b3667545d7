import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CARD_PATTERNS, ServiceRequest } from '@party/contracts';
import { CardsService } from './cards.service';

/** The NATS edge of party cards. */
@Controller()
export class CardsHandler {
  constructor(private readonly cards: CardsService) {}

  @MessagePattern(CARD_PATTERNS.issue)
  issue(@Payload() req: ServiceRequest) {
    return this.cards.issue(req);
  }

  @MessagePattern(CARD_PATTERNS.reissue)
  reissue(@Payload() req: ServiceRequest) {
    return this.cards.reissue(req);
  }

  @MessagePattern(CARD_PATTERNS.list)
  list(@Payload() req: ServiceRequest) {
    return this.cards.list(req);
  }
}
