import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import type { OrgKind } from '@party/contracts';

export type OrgStatus = 'active' | 'dissolved' | 'merged' | 'split' | 'handedOver';
export type OrgOrigin = 'new' | 'merger' | 'split' | 'handedIn';

/**
 * The identity of a party organization and how its life began and ended. What it was called,
 * what kind it was and where it sat at a date lives in its versions.
 */
@Entity({ tableName: 'organization' })
// an organization's predecessors are found by the successors they name (organization-history.ts)
@Index({ name: 'organization_successor_ids_index', expression: (table, columns, name) => `create index "${name}" on ${table} using gin (${columns.successorIds})` })
export class Organization {
  [OptionalProps]?: 'id' | 'status' | 'endedOn' | 'receivedFrom' | 'handedOverTo' | 'successorIds' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'text' })
  kind!: OrgKind;

  @Property({ type: 'text' })
  origin!: OrgOrigin;

  @Property({ type: 'date' })
  establishedOn!: string;

  @Property({ type: 'text' })
  status: OrgStatus = 'active';

  /** The first day it no longer exists in the bloc. */
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;

  /** The superior committee it came from (handed in). */
  @Property({ type: 'text', nullable: true })
  receivedFrom: string | null = null;

  /** The superior committee that received it (handed over). */
  @Property({ type: 'text', nullable: true })
  handedOverTo: string | null = null;

  /** Where a merged or split organization went. */
  @Property({ type: 'uuid[]' })
  successorIds: string[] = [];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/**
 * One stretch of an organization's life during which its name, kind and parent held:
 * `validFrom` inclusive, `validTo` exclusive (null while it still holds). "As of D" is
 * `validFrom <= D < validTo`.
 */
@Entity({ tableName: 'organization_version' })
@Index({ properties: ['orgId', 'validFrom'] })
@Index({ properties: ['parentId', 'validFrom'] })
export class OrganizationVersion {
  [OptionalProps]?: 'id' | 'validTo' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  orgId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  kind!: OrgKind;

  @Property({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  validTo: string | null = null;

  /** What started this version: established, handedIn, renamed, moved. */
  @Property({ type: 'text' })
  change!: string;

  @Property({ type: 'text' })
  decisionNumber!: string;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
