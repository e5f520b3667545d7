import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { TransferHop, TransferKind } from '@party/contracts';

/**
 * One transfer of party activity (chuyển sinh hoạt đảng). The ids are time-ordered (uuid v7) and a
 * person's transfers are recorded in order (a new one starts on or after the previous took effect,
 * one open at a time), so `id` order is the order of the journey.
 *
 * `effectiveOn` is the day the headcount moves: the arrival for `internal` and `in`, the letter
 * date for `out`; null while an internal transfer is in transit (counted at the source).
 * `temporary` transfers never move the headcount.
 */
@Entity({ tableName: 'transfer' })
@Index({ properties: ['personId', 'effectiveOn'] })
// the headcount of a subtree finds the people who moved in or out of it by these (member-counts.ts)
@Index({ properties: ['fromOrgId'] })
@Index({ properties: ['toOrgId'] })
export class Transfer {
  [OptionalProps]?: 'id' | 'fromOrgId' | 'fromCommittee' | 'toOrgId' | 'toCommittee' | 'arrivedOn' | 'effectiveOn' | 'purpose' | 'untilOn' | 'hops' | 'activityStartedOn' | 'dossierReceivedOn' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  kind!: TransferKind;

  @Property({ type: 'text' })
  status!: 'inTransit' | 'completed';

  @Property({ type: 'uuid', nullable: true })
  fromOrgId: string | null = null;

  /** The committee outside the bloc it came from (in). */
  @Property({ type: 'text', nullable: true })
  fromCommittee: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  toOrgId: string | null = null;

  /** The committee outside the bloc it goes to (out, temporary outside). */
  @Property({ type: 'text', nullable: true })
  toCommittee: string | null = null;

  @Property({ type: 'text' })
  letterNumber!: string;

  /** The move: the introduction letter's date (departure from the source). */
  @Property({ type: 'date' })
  departedOn!: string;

  @Property({ type: 'date', nullable: true })
  arrivedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  effectiveOn: string | null = null;

  /** Temporary transfers: work or study, and the end date. */
  @Property({ type: 'text', nullable: true })
  purpose: string | null = null;

  @Property({ type: 'date', nullable: true })
  untilOn: string | null = null;

  /** The boxes of the "10-box" letter filled on the way. */
  @Property({ type: 'jsonb' })
  hops: TransferHop[] = [];

  @Property({ type: 'date', nullable: true })
  activityStartedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  dossierReceivedOn: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

/**
 * Membership's copy of the Inspection Committee's facts that hold a transfer (Hướng dẫn
 * 12-HD/BTCTW: no transfer while under inspection or with a pending complaint): a member under
 * inspection (`inspection`, one row per case) or with a pending denunciation / complaint
 * (`complaint`, one row per complaint), from `since` to `until` (inclusive; null = still open).
 * Fed only by the `membership-inspection-facts` consumer, keyed by the inspection's own id.
 */
@Entity({ tableName: 'inspection_hold' })
@Index({ properties: ['personId'] })
@Unique({ properties: ['kind', 'sourceId'] })
export class InspectionHold {
  [OptionalProps]?: 'id' | 'until' | 'detail' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'text' })
  kind!: 'inspection' | 'complaint';

  /** The inspection case id or the complaint id. */
  @Property({ type: 'uuid' })
  sourceId!: string;

  /** For a complaint: `to_cao` (denunciation) or `khieu_nai` (complaint). */
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;

  @Property({ type: 'date' })
  since!: string;

  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
