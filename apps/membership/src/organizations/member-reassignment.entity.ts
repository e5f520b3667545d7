import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { ReassignmentReason } from '@party/contracts';

/**
 * A member carried from an organization that ended (merged, split, dissolved) to the one the
 * decision named, from `effectiveOn`. Written only by the organization commands, in the same
 * transaction as the organization change. Not a transfer: no letter, no journey, no transfer
 * figure — but the headcount (`placementsOn`) reads it with the transfers, in effective-date
 * order, to know where the member counts on a date. Ids are uuid v7, comparable with the
 * transfers' ids: the order things were recorded.
 */
@Entity({ tableName: 'member_reassignment' })
@Index({ properties: ['personId', 'effectiveOn'] })
@Index({ properties: ['fromOrgId'] })
@Index({ properties: ['toOrgId'] })
export class MemberReassignment {
  [OptionalProps]?: 'id' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'uuid' })
  fromOrgId!: string;

  @Property({ type: 'uuid' })
  toOrgId!: string;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'text' })
  reason!: ReassignmentReason;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
