import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CARD_ROUTES, CardReissued, DomainError, type FieldError, Principal, RouteInput, todayInVietnam } from '@party/contracts';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { assertActive, assertNotBefore, loadMember } from '../leaving/member-state';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';
import { duplicateCard, recordCardIssue } from './card-issue';
import { cardView, PartyCard } from './party-card.entity';

const REGULATION = 'Điều lệ Đảng, Điều 6; Hướng dẫn 12-HD/BTCTW (2022), mục thẻ đảng viên';

/** Thẻ đảng viên: first issue and reissue (damaged, lost), only for official members. */
@Injectable()
export class CardsService {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(CARD_ROUTES.issue)
  async issue(input: RouteInput<typeof CARD_ROUTES.issue>, { em, uow, principal }: CommandContext) {
    const person = await this.holder(em, principal, input.id, input.issuedOn);
    assertOfficial(person, input.issuedOn, 'issue');
    await assertUnusedNumber(em, input.cardNumber);
    const current = await em.findOne(PartyCard, { personId: person.id, active: true });
    if (current) {
      throw DomainError.conflict({
        vi: `${person.fullName} đã có thẻ đảng viên số ${current.cardNumber} (cấp ngày ${current.issuedOn}); dùng cấp lại khi thẻ bị hỏng hoặc mất`,
        en: `${person.fullName} already holds card ${current.cardNumber} (issued ${current.issuedOn}); reissue it when damaged or lost`,
      });
    }
    const card = recordCardIssue(uow, person, input);
    await uow.flushOrConflict(() => duplicateCard(input.cardNumber));
    return cardView(card);
  }

  @Handles(CARD_ROUTES.reissue)
  async reissue(input: RouteInput<typeof CARD_ROUTES.reissue>, { em, uow: u, principal }: CommandContext) {
    const person = await this.holder(em, principal, input.id, input.issuedOn);
    assertOfficial(person, input.issuedOn, input.reason);
    await assertUnusedNumber(em, input.cardNumber);
    const current = await em.findOne(PartyCard, { personId: person.id, active: true });
    if (!current) {
      throw DomainError.rule(
        { vi: `${person.fullName} chưa được cấp thẻ đảng viên nên không thể cấp lại; hãy cấp thẻ lần đầu`, en: `${person.fullName} has never been issued a card: issue a first card instead` },
        REGULATION,
        holderField({ vi: 'Người này chưa có thẻ đảng viên để cấp lại', en: 'This person holds no card to reissue' }),
      );
    }
    assertNotBefore('issuedOn', input.issuedOn, current.issuedOn, { vi: 'ngày cấp thẻ đang dùng', en: 'the current card' });
    const before = cardView(current);
    current.active = false;
    const card = em.create(PartyCard, { cardNumber: input.cardNumber, personId: person.id, issuedOn: input.issuedOn, kind: 'reissue', reason: input.reason, replacesCardId: current.id, decisionNumber: input.decisionNumber });
    em.persist(card);
    u.event(
      CardReissued,
      { personId: person.id, orgId: person.orgId, cardId: card.id, cardNumber: card.cardNumber, issuedOn: card.issuedOn, decisionNumber: card.decisionNumber, reason: input.reason, replacesCardId: current.id, replacesCardNumber: current.cardNumber },
      card.issuedOn,
    );
    u.audit('card.reissued', 'person', person.id, before, cardView(card));
    await u.flushOrConflict(() => duplicateCard(input.cardNumber));
    return cardView(card);
  }

  @Handles(CARD_ROUTES.list)
  async list(q: RouteInput<typeof CARD_ROUTES.list>, { em, principal }: QueryContext) {
    const person = await em.findOne(Person, { id: q.id });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], todayInVietnam(), em);
    const [rows, total] = await em.findAndCount(
      PartyCard,
      { personId: person.id },
      { orderBy: { [q.sort]: q.order, id: q.order }, limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
    );
    return { personId: person.id, items: rows.map(cardView), total, page: q.page, pageSize: q.pageSize };
  }

  /** The active member a card is for, locked, in scope on the date. */
  private async holder(em: EntityManager, principal: Principal, personId: string, on: string): Promise<Person> {
    const person = await loadMember(em, this.tree, principal, personId, on);
    assertActive(person);
    return person;
  }
}

/** A number never used before, checked after the person (who may hold no card at all). */
async function assertUnusedNumber(em: EntityManager, cardNumber: string): Promise<void> {
  if (await em.count(PartyCard, { cardNumber })) throw duplicateCard(cardNumber);
}

/**
 * A refusal about the person names the path's `id`, so a form shows it under its person picker
 * (the portal maps `id` to its own field) and not only at the top.
 */
function holderField(text: { vi: string; en: string }): FieldError[] {
  return [{ field: 'id', ...text }];
}

/** Only an official member holds a card: a probationary member is refused with the reason. */
function assertOfficial(person: Person, issuedOn: string, what: 'issue' | 'damaged' | 'lost'): void {
  if (person.status === 'probationary') {
    const act = { issue: { vi: 'cấp thẻ đảng viên', en: 'issue a party card' }, damaged: { vi: 'cấp lại thẻ đảng viên bị hỏng', en: 'reissue a damaged party card' }, lost: { vi: 'cấp lại thẻ đảng viên bị mất', en: 'reissue a lost party card' } }[what];
    throw DomainError.rule(
      {
        vi: `Không thể ${act.vi} cho ${person.fullName}: đảng viên dự bị chưa được cấp thẻ; thẻ đảng viên chỉ cấp cho đảng viên chính thức`,
        en: `Cannot ${act.en} for ${person.fullName}: a probationary member holds no card; party cards are for official members only`,
      },
      REGULATION,
      holderField({ vi: `${person.fullName} là đảng viên dự bị: thẻ đảng viên chỉ cấp cho đảng viên chính thức`, en: `${person.fullName} is a probationary member: party cards are for official members only` }),
    );
  }
  if (person.status !== 'official' || !person.officialDate) {
    throw DomainError.rule(
      { vi: `${person.fullName} không phải đảng viên chính thức; thẻ đảng viên chỉ cấp cho đảng viên chính thức`, en: `${person.fullName} is not an official member; party cards are for official members only` },
      REGULATION,
      holderField({ vi: 'Thẻ đảng viên chỉ cấp cho đảng viên chính thức', en: 'Party cards are for official members only' }),
    );
  }
  assertNotBefore('issuedOn', issuedOn, person.officialDate, { vi: 'ngày công nhận chính thức', en: 'the official date' });
}
