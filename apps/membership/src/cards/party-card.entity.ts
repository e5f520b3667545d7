import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/**
 * A party card (thẻ đảng viên). Card numbers are unique across every card ever issued (a unique
 * index settles concurrent requests). A reissue deactivates the card it replaces.
 */
@Entity({ tableName: 'party_card' })
@Index({ properties: ['personId', 'active'] })
export class PartyCard {
  [OptionalProps]?: 'id' | 'active' | 'reason' | 'replacesCardId' | 'decisionNumber' | 'recordedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Unique()
  @Property({ type: 'text' })
  cardNumber!: string;

  @Property({ type: 'uuid' })
  personId!: string;

  @Property({ type: 'date' })
  issuedOn!: string;

  /** `issue` (first card) or `reissue`. */
  @Property({ type: 'text' })
  kind!: 'issue' | 'reissue';

  /** For a reissue: damaged | lost. */
  @Property({ type: 'text', nullable: true })
  reason: 'damaged' | 'lost' | null = null;

  @Property({ type: 'uuid', nullable: true })
  replacesCardId: string | null = null;

  @Property({ type: 'text', nullable: true })
  decisionNumber: string | null = null;

  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'timestamptz' })
  recordedAt: Date = new Date();
}

export function cardView(c: PartyCard) {
  return { id: c.id, cardNumber: c.cardNumber, personId: c.personId, issuedOn: c.issuedOn, kind: c.kind, reason: c.reason, replacesCardId: c.replacesCardId, decisionNumber: c.decisionNumber, active: c.active };
}
