import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CANDIDATE_PATTERNS, ServiceRequest } from '@party/contracts';
import { CandidatesService } from './candidates.service';

/** The NATS edge of the candidate pipeline. */
@Controller()
export class CandidatesHandler {
  constructor(private readonly candidates: CandidatesService) {}

  @MessagePattern(CANDIDATE_PATTERNS.nominate)
  nominate(@Payload() req: ServiceRequest) {
    return this.candidates.nominate(req);
  }

  @MessagePattern(CANDIDATE_PATTERNS.listSympathizer)
  listSympathizer(@Payload() req: ServiceRequest) {
    return this.candidates.listSympathizer(req);
  }

  @MessagePattern(CANDIDATE_PATTERNS.recordVetting)
  recordVetting(@Payload() req: ServiceRequest) {
    return this.candidates.recordVetting(req);
  }

  @MessagePattern(CANDIDATE_PATTERNS.recordIntroducers)
  recordIntroducers(@Payload() req: ServiceRequest) {
    return this.candidates.recordIntroducers(req);
  }

  @MessagePattern(CANDIDATE_PATTERNS.recordResolution)
  recordResolution(@Payload() req: ServiceRequest) {
    return this.candidates.recordResolution(req);
  }

  @MessagePattern(CANDIDATE_PATTERNS.get)
  get(@Payload() req: ServiceRequest) {
    return this.candidates.get(req);
  }
}
