import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { CommitteeKind, Post } from '@party/contracts';

/**
 * Membership's copy of who held which post on which committee (cấp ủy, ủy ban kiểm tra) of an
 * organization, fed only by the `membership-cadre-committees` consumer from the cadre service's
 * `committee.elected` / `consolidated` / `holderLeft`, one row per cadre holding. The rating reads
 * it: an organization whose leadership (bí thư, phó bí thư of its cấp ủy) was disciplined in the
 * year is capped (libs/rules `rating-disqualifiers.ts`).
 */
@Entity({ tableName: 'committee_holding' })
@Index({ properties: ['orgId'] })
export class CommitteeHolding {
  [OptionalProps]?: 'leftOn' | 'recordedAt';

  /** The cadre service's holding id. */
  @PrimaryKey({ type: 'uuid' })
  holdingId!: string;

  @Property({ type: 'uuid' })
  orgId!: string;

  /** executive (cấp ủy) or inspection (ủy ban kiểm tra). */
  @Property({ type: 'text' })
  committeeKind!: CommitteeKind;

  /** secretary, deputy_secretary, … (libs/contracts `cadre/posts.ts`). */
  @Property({ type: 'text' })
  post!: Post;

  @Property({ type: 'uuid' })
  personId!: string;

  /** The first day the post was held. */
  @Property({ type: 'date' })
  heldFrom!: string;

  /** The first day it was no longer held; null while held. */
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}
