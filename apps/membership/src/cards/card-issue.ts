import { CardIssued, DomainError } from '@party/contracts';
import type { UnitOfWork } from '@party/service-kit';
import type { Person } from '../people/person.entity';
import { cardView, PartyCard } from './party-card.entity';

/**
 * A first card written with its event and audit, after the caller checked the rules (official
 * member, unique number): the card desk and the roster import (a card the member already holds)
 * record it the same way.
 */
export function recordCardIssue(u: Pick<UnitOfWork, 'add' | 'event' | 'audit'>, person: Person, card: { cardNumber: string; issuedOn: string; decisionNumber: string | null }): PartyCard {
  const c = Object.assign(new PartyCard(), { cardNumber: card.cardNumber, personId: person.id, issuedOn: card.issuedOn, kind: 'issue' as const, decisionNumber: card.decisionNumber });
  u.add(c);
  u.event(CardIssued, { personId: person.id, orgId: person.orgId, cardId: c.id, cardNumber: c.cardNumber, issuedOn: c.issuedOn, decisionNumber: c.decisionNumber }, c.issuedOn);
  u.audit('card.issued', 'person', person.id, null, cardView(c));
  return c;
}

/** A 409 that names `cardNumber`, so a form shows it under the number typed. */
export function duplicateCard(cardNumber: string): DomainError {
  return new DomainError({
    code: 'conflict',
    message: { vi: `Số thẻ đảng viên ${cardNumber} đã được cấp; mỗi số thẻ chỉ dùng một lần`, en: `Card number ${cardNumber} has already been issued; card numbers are unique` },
    fields: [{ field: 'cardNumber', vi: 'Số thẻ này đã được cấp cho người khác hoặc cho thẻ đã thay', en: 'This number was already issued (to someone else or to a replaced card)' }],
  });
}
