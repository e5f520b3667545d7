import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager, FilterQuery, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  createPersonSchema,
  CreatePersonInput,
  DomainError,
  getMemberQuery,
  listMembersQuery,
  MEMBERSHIP_CODE_LISTS,
  PersonRecorded,
  Principal,
  registerExistingMemberSchema,
  searchableName,
  ServiceRequest,
  todayInVietnam,
  validate,
} from '@party/contracts';
import { BackboneRunner } from '@party/service-kit';
import { Candidate } from '../candidates/candidate.entity';
import { OrganizationTree } from '../organizations/organization.tree';
import { versionAt } from '../organizations/organization.tree';
import { duplicateCard } from '../cards/card-issue';
import { Person } from './person.entity';
import { existingMemberRefusal, lookUpExistingMemberFacts, recordExistingMember } from './existing-member';
import { existingMemberProblems } from './existing-member.rules';
import { personFieldsOf } from './person-fields';
import { personRecordedData, personView, PersonView } from './person.view';
import { MemberUnitOfWork } from './unit-of-work';

export const PERSON = { vi: 'người', en: 'Person' };

export function duplicateCitizenId(citizenId: string): DomainError {
  return DomainError.conflict({
    vi: `Số CCCD ${citizenId} đã có trong hồ sơ của một người khác; mỗi người chỉ có một hồ sơ`,
    en: `Citizen ID ${citizenId} already belongs to another person record; one record per person`,
  });
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@Injectable()
export class PeopleService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly tree: OrganizationTree,
  ) {}

  codeLists(req: ServiceRequest) {
    assertPermission(req.principal, 'members:read');
    return MEMBERSHIP_CODE_LISTS;
  }

  /** A person record (quần chúng): the start of every membership story. */
  async createPerson(req: ServiceRequest): Promise<PersonView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(createPersonSchema, req.payload);
    const today = todayInVietnam();
    const person = await this.write(req, principal, async (u) => {
      const p = await this.newPerson(u, input, today);
      u.event(PersonRecorded, personRecordedData(p), today);
      u.audit('person.recorded', 'person', p.id, null, personView(p));
      return p;
    });
    return personView(person);
  }

  /**
   * A member already in the Party (back-fill; the roster import records its rows the same way):
   * the person and their historical dates, published as `member.registered` on the admission
   * decision date — never an admission. Official, or still probationary without an official date.
   */
  async registerExisting(req: ServiceRequest): Promise<PersonView> {
    const principal = assertPermission(req.principal, 'members:write');
    const input = validate(registerExistingMemberSchema, req.payload);
    const today = todayInVietnam();
    const person = await this.write(req, principal, async (u) => {
      const facts = await lookUpExistingMemberFacts(u.em, this.tree, principal, [input], today);
      const problems = existingMemberProblems(input, facts);
      if (problems.length) throw existingMemberRefusal(problems);
      return recordExistingMember(u, input, facts);
    });
    return personView(person);
  }

  async list(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:read');
    const q = validate(listMembersQuery, req.payload ?? {});
    const today = todayInVietnam();
    const em = this.orm.em.fork();
    const and: FilterQuery<Person>[] = [];
    if (principal.orgScopeId !== null) and.push({ orgId: { $in: await this.tree.subtreeIds(principal.orgScopeId, today, em) } });
    if (q.orgId) {
      await this.tree.assertInScope(principal, [q.orgId], today, em);
      and.push({ orgId: { $in: await this.tree.subtreeIds(q.orgId, today, em) } });
    }
    if (q.status) and.push({ status: q.status });
    const text = q.q ? searchableName(q.q) : '';
    if (/^\d+$/.test(text)) {
      and.push({ citizenId: { $like: `${escapeLike(text)}%` } });
    } else if (text) {
      // every word of the query starts a word of the name
      for (const word of text.split(' ')) {
        const w = escapeLike(word);
        and.push({ $or: [{ searchName: { $like: `${w}%` } }, { searchName: { $like: `% ${w}%` } }] });
      }
    }
    const [rows, total] = await em.findAndCount(Person, and.length ? { $and: and } : {}, {
      orderBy: { searchName: 'asc', id: 'asc' },
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.map(personView), total, page: q.page, pageSize: q.pageSize };
  }

  /** A person with their candidacy and timeline: every event of this service about them, by date. */
  async get(req: ServiceRequest) {
    const principal = assertPermission(req.principal, 'members:read');
    const { personId } = validate(getMemberQuery, req.payload ?? {});
    const em = this.orm.em.fork();
    const person = await em.findOne(Person, { id: personId });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], todayInVietnam(), em);
    const candidate = await em.findOne(Candidate, { personId }, { orderBy: { nominatedOn: 'desc' } });
    const schema = em.config.get('schema');
    const events: { id: string; type: string; occurred_on: string; recorded_at: Date; actor: unknown; data: unknown }[] = await em.execute(
      `select id, type, to_char(occurred_on, 'YYYY-MM-DD') as occurred_on, recorded_at, actor, envelope->'data' as data
         from "${schema}"."outbox" where envelope->'data'->>'personId' = ? order by occurred_on, id`,
      [personId],
    );
    return {
      ...personView(person),
      candidate: candidate ? { id: candidate.id, status: candidate.status, nominatedOn: candidate.nominatedOn, voteDate: candidate.voteDate } : null,
      timeline: events.map((e) => ({ eventId: e.id, type: e.type, occurredOn: e.occurred_on, recordedAt: e.recorded_at, actor: e.actor, data: e.data })),
    };
  }

  // ---------------------------------------------------------------- internals

  private async newPerson(u: MemberUnitOfWork, input: CreatePersonInput, today: string): Promise<Person> {
    await this.tree.assertInScope(u.principal, [input.orgId], today, u.em);
    if (!(await versionAt(u.em, input.orgId, today))) {
      throw DomainError.rule(
        { vi: `Tổ chức đảng không tồn tại vào ngày ${today}`, en: `The organization does not exist on ${today}` },
        undefined,
        [{ field: 'orgId', vi: 'Tổ chức không tồn tại hoặc đã kết thúc', en: 'Unknown or ended organization' }],
      );
    }
    if (input.dateOfBirth > today) throw DomainError.validation([{ field: 'dateOfBirth', vi: 'Ngày sinh ở tương lai', en: 'Birth date in the future' }]);
    if (await u.em.findOne(Person, { citizenId: input.citizenId })) throw duplicateCitizenId(input.citizenId);
    const p = u.em.create(Person, personFieldsOf(input));
    u.em.persist(p);
    return p;
  }

  private async write<T>(req: ServiceRequest, principal: Principal, body: (u: MemberUnitOfWork) => Promise<T>): Promise<T> {
    try {
      const result = await this.orm.em.fork().transactional((em: EntityManager) => body(new MemberUnitOfWork(em, req, principal)));
      this.backbone.kickRelay();
      return result;
    } catch (err) {
      // two requests with one CCCD at once: the unique index decides
      if (err instanceof UniqueConstraintViolationException) {
        const payload = (req.payload ?? {}) as { citizenId?: string; cardNumber?: string };
        throw err.message.includes('card_number') ? duplicateCard(payload.cardNumber ?? '') : duplicateCitizenId(payload.citizenId ?? '');
      }
      throw err;
    }
  }
}
