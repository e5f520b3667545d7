import { Entity, Index, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * A file staged in the service's own schema, because NATS messages stay under 1 MB: an upload the
 * gateway sent in chunks (then previewed, committed by `id`), or a file the service produced for
 * download (an export). Removed after use; anything left expires (`expiresAt`).
 * A service that stages files lists these two entities in its ORM spec and migrations.
 */
@Entity({ tableName: 'staged_upload' })
@Index({ properties: ['expiresAt'] })
export class StagedUpload {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Only the user who staged it may read, use or discard it. */
  @Property({ type: 'text' })
  ownerId!: string;

  /** `upload` (from the gateway) or `download` (for the gateway). */
  @Property({ type: 'text' })
  direction!: 'upload' | 'download';

  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'int' })
  size!: number;

  @Property({ type: 'int' })
  chunks!: number;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;
}

/** One chunk (≤ 256 KiB) of a staged file. */
@Entity({ tableName: 'upload_chunk' })
export class UploadChunk {
  [PrimaryKeyProp]?: ['uploadId', 'seq'];

  @PrimaryKey({ type: 'uuid' })
  uploadId!: string;

  @PrimaryKey({ type: 'int' })
  seq!: number;

  @Property({ type: 'blob' })
  bytes!: Buffer;
}

export const UPLOAD_STAGING_ENTITIES = [StagedUpload, UploadChunk];
