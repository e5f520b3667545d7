import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * Đợt kiểm điểm, đánh giá, xếp loại chất lượng: one year, one scope (the bloc or a subtree), the
 * round's date (who is rated is judged on it), its deadlines and how its peer groups are formed.
 * The rule set is the year's (`libs/rules` `ratingRuleSet`); `regulation` keeps which one it was.
 */
@Entity({ tableName: 'rating_round' })
@Index({ properties: ['year'] })
export class RatingRound {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'int' })
  year!: number;

  @Property({ type: 'text' })
  name!: string;

  /** null = the whole bloc. */
  @Property({ type: 'uuid', nullable: true })
  scopeOrgId!: string | null;

  @Property({ type: 'date' })
  asOf!: string;

  @Property({ type: 'date' })
  selfRatingDue!: string;

  @Property({ type: 'date' })
  proposalDue!: string;

  @Property({ type: 'date' })
  decisionDue!: string;

  @Property({ type: 'text' })
  groupingGrassroots!: string;

  @Property({ type: 'text' })
  groupingDependentCells!: string;

  @Property({ type: 'text' })
  groupingMembers!: string;

  @Property({ type: 'text' })
  regulation!: string;

  @Property({ type: 'text' })
  openedById!: string;

  @Property({ type: 'text' })
  openedByName!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** A peer group of a round: the subjects whose excellent quota is counted together. */
@Entity({ tableName: 'rating_peer_group' })
@Unique({ properties: ['roundId', 'key'] })
export class RatingPeerGroup {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'uuid' })
  roundId!: string;

  /** `tccsd`, `chi-bo-truc-thuoc:<orgId>`, `dang-vien:<orgId>`… */
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  kind!: 'org' | 'member';

  @Property({ type: 'uuid', nullable: true })
  anchorOrgId!: string | null;

  @Property({ type: 'text' })
  labelVi!: string;

  @Property({ type: 'text' })
  labelEn!: string;
}
