import { Controller, Type } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { assertPermission, PrincipalVerifier } from '@party/auth';
import { BackendService, Permission, ServiceRequest, stagedChunkQuery, stagedFileQuery, uploadPatterns, validate } from '@party/contracts';
import { UploadStaging } from './upload-staging';

/**
 * The NATS edge of a service's staged files (`<service>.upload.chunk|read|discard`). `upload`
 * is the permission needed to send a file in (the service's import permission), `download` to
 * read one back; ownership is checked on top.
 */
export function uploadStagingController(service: BackendService, permissions: { upload: Permission; download: Permission }): Type<unknown> {
  const patterns = uploadPatterns(service);

  @Controller()
  class UploadStagingController {
    constructor(
      readonly staging: UploadStaging,
      readonly verifier: PrincipalVerifier,
    ) {}

    /** Who asks: what the signed token says. */
    caller(req: ServiceRequest, needed: Permission) {
      return assertPermission(req.token ? this.verifier.principalOf(req.token) : null, needed);
    }

    @MessagePattern(patterns.chunk)
    chunk(@Payload() req: ServiceRequest) {
      return this.staging.receiveChunk(this.caller(req, permissions.upload), req.payload);
    }

    @MessagePattern(patterns.read)
    read(@Payload() req: ServiceRequest) {
      const principal = this.caller(req, permissions.download);
      const q = validate(stagedChunkQuery, req.payload);
      return this.staging.readChunk(principal, q.uploadId, q.seq);
    }

    @MessagePattern(patterns.discard)
    discard(@Payload() req: ServiceRequest) {
      const principal = this.caller(req, permissions.download);
      return this.staging.discard(principal, validate(stagedFileQuery, req.payload).uploadId);
    }
  }
  return UploadStagingController;
}
