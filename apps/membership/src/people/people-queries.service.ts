import { Injectable } from '@nestjs/common';
import { FilterQuery } from '@mikro-orm/postgresql';
import { Actor, DomainError, MEMBER_ROUTES, MEMBERSHIP_CODE_LISTS, RouteInput, searchableName, todayInVietnam } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { Candidate } from '../candidates/candidate.entity';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from './people.service';
import { Person } from './person.entity';
import { personView } from './person.view';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const SORT_COLUMN = { fullName: 'searchName', dateOfBirth: 'dateOfBirth', admissionDecisionDate: 'admissionDecisionDate' } as const;

/** The member list and search, a person with their timeline, and the code lists the forms offer. */
@Injectable()
export class PeopleQueries {
  constructor(private readonly tree: OrganizationTree) {}

  @Handles(MEMBER_ROUTES.codeLists)
  codeLists() {
    const lists = MEMBERSHIP_CODE_LISTS;
    return {
      gender: [...lists.gender],
      ethnicity: [...lists.ethnicity],
      religion: [...lists.religion],
      generalEducation: [...lists.generalEducation],
      professionalEducation: [...lists.professionalEducation],
      theoryLevel: [...lists.theoryLevel],
      massOrganization: [...lists.massOrganization],
    };
  }

  @Handles(MEMBER_ROUTES.list)
  async list(q: RouteInput<typeof MEMBER_ROUTES.list>, { em, principal }: QueryContext) {
    const and: FilterQuery<Person>[] = [];
    const scope = await this.tree.scopeIds(principal, q.orgId, todayInVietnam(), em);
    if (scope) and.push({ orgId: { $in: scope } });
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
      orderBy: { [SORT_COLUMN[q.sort]]: q.order, id: 'asc' },
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.map(personView), total, page: q.page, pageSize: q.pageSize };
  }

  /** A person with their candidacy and timeline: every event of this service about them, by date. */
  @Handles(MEMBER_ROUTES.get)
  async get(q: RouteInput<typeof MEMBER_ROUTES.get>, { em, principal }: QueryContext) {
    const person = await em.findOne(Person, { id: q.id });
    if (!person) throw DomainError.notFound(PERSON);
    await this.tree.assertInScope(principal, [person.orgId], todayInVietnam(), em);
    const candidate = await em.findOne(Candidate, { personId: person.id }, { orderBy: { nominatedOn: 'desc' } });
    const schema = em.config.get('schema');
    const events: { id: string; type: string; occurred_on: string; recorded_at: Date; actor: Actor; data: unknown }[] = await em.execute(
      `select id, type, to_char(occurred_on, 'YYYY-MM-DD') as occurred_on, recorded_at, actor, envelope->'data' as data
         from "${schema}"."outbox" where envelope->'data'->>'personId' = ? order by occurred_on, id`,
      [person.id],
    );
    return {
      ...personView(person),
      candidate: candidate ? { id: candidate.id, status: candidate.status, nominatedOn: candidate.nominatedOn, voteDate: candidate.voteDate } : null,
      timeline: events.map((e) => ({ eventId: e.id, type: e.type, occurredOn: e.occurred_on, recordedAt: new Date(e.recorded_at).toISOString(), actor: e.actor, data: e.data })),
    };
  }
}
