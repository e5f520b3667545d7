import { Entity, Index, OneToOne, Property } from '@mikro-orm/core';
import { StagedUpload } from '@party/service-kit';
import type { TrainingUploadPurpose } from '@party/contracts';

/**
 * What a staged spreadsheet was previewed for: its class, its purpose and (for a results sheet)
 * the dates given for rows leaving them blank. Written by the preview, read by the commit, so a
 * commit by `uploadId` records exactly what was previewed. Goes with its upload (discarded after
 * the commit, or expired): the row is deleted by the foreign key's cascade.
 */
@Entity({ tableName: 'staged_import' })
@Index({ properties: ['classId'] })
export class StagedImport {
  @OneToOne({ entity: () => StagedUpload, primary: true, owner: true, deleteRule: 'cascade', fieldName: 'upload_id' })
  upload!: StagedUpload;

  @Property({ type: 'text' })
  purpose!: TrainingUploadPurpose;

  @Property({ type: 'uuid' })
  classId!: string;

  @Property({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Property({ type: 'date', nullable: true })
  certificateIssuedOn!: string | null;

  @Property({ type: 'timestamptz' })
  previewedAt!: Date;
}
