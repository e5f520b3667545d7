import { Injectable } from '@nestjs/common';
import { DomainError, MEMBER_ROUTES, MEMBERSHIP_CODE_LISTS, RouteInput, searchableName, todayInVietnam } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { Candidate } from '../candidates/candidate.entity';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from './people.service';
import { Person } from './person.entity';
import { seesVetting } from '../candidates/vetting-visibility';
import { eventsAbout, timelineOf, withoutVetting } from './member-timeline';
import { memberViews } from './member.view';
import { boundedCount, rankedSearch, SearchFilter, sortedSearch } from './member-search';

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
    const today = todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, today, em);
    const text = q.q ? searchableName(q.q) : '';
    const digits = /^\d+$/.test(text);
    const filter: SearchFilter = { text: digits ? '' : text, citizenIdPrefix: digits ? text : undefined, orgIds: scope ?? null, status: q.status ?? null };
    const offset = (q.page - 1) * q.pageSize;
    const [rows, count] =
      filter.text && q.sort === 'fullName'
        ? await this.rankedPage(em, filter, offset, q.pageSize, q.order)
        : await Promise.all([sortedSearch(em, filter, { offset, limit: q.pageSize, order: q.order }, q.sort), boundedCount(em, filter)]);
    return { items: await memberViews(em, rows, today), total: count.total, totalExact: count.exact, page: q.page, pageSize: q.pageSize };
  }

  /** A name search in the default order: relevance class by class, in name order (`rankedSearch`). */
  private async rankedPage(em: QueryContext['em'], filter: SearchFilter, offset: number, limit: number, order: 'asc' | 'desc'): Promise<[Person[], { total: number; exact: boolean }]> {
    const { people, ...count } = await rankedSearch(em, filter, { offset, limit, order });
    return [people, count];
  }

  /** A person with their candidacy and timeline: every fact of this service about them, by its date in the world. */
  @Handles(MEMBER_ROUTES.get)
  async get(q: RouteInput<typeof MEMBER_ROUTES.get>, { em, principal }: QueryContext) {
    const person = await em.findOne(Person, { id: q.id });
    if (!person) throw DomainError.notFound(PERSON);
    const today = todayInVietnam();
    await this.tree.assertInScope(principal, [person.orgId], today, em);
    const candidate = await em.findOne(Candidate, { personId: person.id }, { orderBy: { nominatedOn: 'desc' } });
    const [view] = await memberViews(em, [person], today);
    return {
      ...view,
      candidate: candidate ? { id: candidate.id, status: candidate.status, nominatedOn: candidate.nominatedOn, voteDate: candidate.voteDate } : null,
      // a vetting's outcome and date only for `vetting:read`
      timeline: timelineOf(seesVetting(principal) ? await eventsAbout(em, view) : withoutVetting(await eventsAbout(em, view))),
    };
  }
}
