import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * One entry of a member's dossier (hồ sơ đảng viên), append-only: the service has no update or
 * delete path and the table refuses both (trigger in the migration). A correction is a row of
 * its own: `correctsEntryId` names the entry it corrects, `originalEntryId` the first of the
 * chain, `changes` the fields it gives new values to, and the approval is required.
 */
@Entity({ tableName: 'dossier_entry' })
@Index({ properties: ['personId', 'originalEntryId'] })
export class DossierEntry {
  [OptionalProps]?: 'id' | 'year' | 'correctsEntryId' | 'reason' | 'approverName' | 'approverRole' | 'approvalDecisionNumber' | 'approvedOn' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  /** Code list DOSSIER_ENTRY_KINDS. */
  @Property({ type: 'text' })
  kind!: string;

  /** The year an annual supplement (phiếu bổ sung hồ sơ) is for. */
  @Property({ type: 'int', nullable: true })
  year: number | null = null;

  /** The entry itself for an original; the original's id for a correction. */
  @Property({ type: 'uuid' })
  originalEntryId!: string;

  @Property({ type: 'uuid', nullable: true })
  correctsEntryId: string | null = null;

  /** The document's date, title, fields and reference number; for a correction, only what it changes. */
  @Property({ type: 'jsonb' })
  fields!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'text', nullable: true })
  approverName: string | null = null;

  @Property({ type: 'text', nullable: true })
  approverRole: string | null = null;

  @Property({ type: 'text', nullable: true })
  approvalDecisionNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  approvedOn: string | null = null;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
