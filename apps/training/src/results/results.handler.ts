import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ServiceRequest, TRAINING_PATTERNS } from '@party/contracts';
import { ResultsService } from './results.service';

@Controller()
export class ResultsHandler {
  constructor(private readonly service: ResultsService) {}

  @MessagePattern(TRAINING_PATTERNS.recordResults)
  record(@Payload() req: ServiceRequest) {
    return this.service.record(req);
  }

  @MessagePattern(TRAINING_PATTERNS.previewResultsImport)
  previewImport(@Payload() req: ServiceRequest) {
    return this.service.previewImport(req);
  }

  @MessagePattern(TRAINING_PATTERNS.commitResultsImport)
  commitImport(@Payload() req: ServiceRequest) {
    return this.service.commitImport(req);
  }

  @MessagePattern(TRAINING_PATTERNS.resultsTemplate)
  template(@Payload() req: ServiceRequest) {
    return this.service.template(req);
  }

  @MessagePattern(TRAINING_PATTERNS.resultsTemplateFile)
  templateFile(@Payload() req: ServiceRequest) {
    return this.service.templateFile(req);
  }

  @MessagePattern(TRAINING_PATTERNS.previewResultsUpload)
  previewUpload(@Payload() req: ServiceRequest) {
    return this.service.previewUpload(req);
  }

  @MessagePattern(TRAINING_PATTERNS.commitResultsUpload)
  commitUpload(@Payload() req: ServiceRequest) {
    return this.service.commitUpload(req);
  }
}
