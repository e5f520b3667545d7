import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import { CardReissued, DomainError, issueCardSchema, listCardsSchema, Principal, reissueCardSchema, ServiceRequest, todayInVietnam, validate } from '@party/contracts';
import { BackboneRunner } from '@party/service-kit';
import { assertActive, assertNotBefore, loadMember } from '../leaving/member-state';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from '../people/people.service';
import { Person } from '../people/person.entity';
import { MemberUnitOfWork } from '../people/unit-of-work';
import { duplicateCard, recordCardIssue } from './card-issue';
import { cardView, PartyCard } from './party-card.entity';

const REGULATION = 'Điều lệ Đảng, Điều 6; Hướng dẫn 12-HD/BTCTW (2022), mục thẻ đảng viên';

/** Thẻ đảng viên: first issue and reissue (damaged, lost), only for official members. */
@Injectable()
export class CardsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly tree: OrganizationTree,
  ) {}

  async issue(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(issueCardSchema, req.payload);
    const result = await this.write(req, principal, input.personId, input.issuedOn, input.cardNumber, async (u, person) => {
      assertOfficial(person, input.issuedOn, 'issue');
      const current = await u.em.findOne(PartyCard, { personId: person.id, active: true });
      if (current) {
        throw DomainError.conflict({
          vi: `${person.fullName} đã có thẻ đảng viên số ${current.cardNumber} (cấp ngày ${current.issuedOn}); dùng cấp lại khi thẻ bị hỏng hoặc mất`,
          en: `${person.fullName} already holds card ${current.cardNumber} (issued ${current.issuedOn}); reissue it when damaged or lost`,
        });
      }
      return cardView(recordCardIssue(u, person, input));
    });
    return result;
  }

  async reissue(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(reissueCardSchema, req.payload);
    return this.write(req, principal, input.personId, input.issuedOn, input.cardNumber, async (u, person) => {
      assertOfficial(person, input.issuedOn, input.reason);
      const current = await u.em.findOne(PartyCard, { personId: person.id, active: true });
      if (!current) {
        throw DomainError.rule(
          { vi: `${person.fullName} chưa được cấp thẻ đảng viên nên không thể cấp lại; hãy cấp thẻ lần đầu`, en: `${person.fullName} has never been issued a card: issue a first card instead` },
          REGULATION,
        );
      }
      assertNotBefore('issuedOn', input.issuedOn, current.issuedOn, { vi: 'ngày cấp thẻ đang dùng', en: 'the current card' });
      const before = cardView(current);
      current.active = false;
      const card = u.em.create(PartyCard, { cardNumber: input.cardNumber, personId: person.id, issuedOn: input.issuedOn, kind: 'reissue', reason: input.reason, replacesCardId: current.id, decisionNumber: input.decisionNumber });
      u.em.persist(card);
      u.event(
        CardReissued,
        { personId: person.id, orgId: person.orgId, cardId: card.id, cardNumber: card.cardNumber, issuedOn: card.issuedOn, decisionNumber: card.decisionNumber, reason: input.reason, replacesCardId: current.id, replacesCardNumber: current.cardNumber },
        card.issuedOn,
      );
      u.audit('card.reissued', 'person', person.id, before, cardView(card));
      return cardView(card);
    });
  }

  async list(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:read');
    const q = validate(listCardsSchema, req.payload);
    const em = this.orm.em.fork();
    const person = await em.findOne(Person, { id: q.personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], todayInVietnam(), em);
    return { personId: person.id, items: (await em.find(PartyCard, { personId: person.id }, { orderBy: { issuedOn: 'asc', id: 'asc' } })).map(cardView) };
  }

  private async write<T>(req: ServiceRequest, principal: Principal, personId: string, on: string, cardNumber: string, fn: (u: MemberUnitOfWork, person: Person) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await this.orm.em.fork().transactional(async (em: EntityManager) => {
        const person = await loadMember(em, this.tree, principal, personId, on);
        assertActive(person);
        if (await em.count(PartyCard, { cardNumber })) throw duplicateCard(cardNumber);
        return fn(new MemberUnitOfWork(em, req, principal), person);
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw duplicateCard(cardNumber);
      throw err;
    }
    this.backbone.kickRelay();
    return result;
  }
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
    );
  }
  if (person.status !== 'official' || !person.officialDate) {
    throw DomainError.rule({ vi: `${person.fullName} không phải đảng viên chính thức; thẻ đảng viên chỉ cấp cho đảng viên chính thức`, en: `${person.fullName} is not an official member; party cards are for official members only` }, REGULATION);
  }
  assertNotBefore('issuedOn', issuedOn, person.officialDate, { vi: 'ngày công nhận chính thức', en: 'the official date' });
}
