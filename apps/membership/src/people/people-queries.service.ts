import { Injectable } from '@nestjs/common';
import { FilterQuery, raw } from '@mikro-orm/postgresql';
import { DomainError, MEMBER_ROUTES, MEMBERSHIP_CODE_LISTS, RouteInput, searchableName, todayInVietnam } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { Candidate } from '../candidates/candidate.entity';
import { OrganizationTree } from '../organizations/organization.tree';
import { PERSON } from './people.service';
import { Person } from './person.entity';
import { seesVetting } from '../candidates/vetting-visibility';
import { eventsAbout, timelineOf, withoutVetting } from './member-timeline';
import { memberViews } from './member.view';
import { boundedCount, rankedSearch, SearchFilter } from './member-search';
import { escapeLike } from '@party/database';

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
    const today = todayInVietnam();
    const scope = await this.tree.scopeIds(principal, q.orgId, today, em);
    const text = q.q ? searchableName(q.q) : '';
    const digits = /^\d+$/.test(text);
    const filter: SearchFilter = { text: digits ? '' : text, citizenIdPrefix: digits ? text : undefined, orgIds: scope ?? null, status: q.status ?? null };
    const offset = (q.page - 1) * q.pageSize;
    const [rows, count] =
      filter.text && q.sort === 'fullName'
        ? await this.rankedPage(em, filter, offset, q.pageSize, q.order)
        : await Promise.all([this.sortedPage(em, filter, q, offset), boundedCount(em, filter)]);
    return { items: await memberViews(em, rows, today), total: count.total, totalExact: count.exact, page: q.page, pageSize: q.pageSize };
  }

  /** A name search in the default order: relevance class by class, in name order (`rankedSearch`). */
  private async rankedPage(em: QueryContext['em'], filter: SearchFilter, offset: number, limit: number, order: 'asc' | 'desc'): Promise<[Person[], { total: number; exact: boolean }]> {
    const { people, ...count } = await rankedSearch(em, filter, { offset, limit, order });
    return [people, count];
  }

  /** Any other order: the relevance first when a name was typed, then the chosen column. */
  private sortedPage(em: QueryContext['em'], filter: SearchFilter, q: RouteInput<typeof MEMBER_ROUTES.list>, offset: number): Promise<Person[]> {
    const and: FilterQuery<Person>[] = [];
    if (filter.orgIds) and.push({ orgId: { $in: filter.orgIds } });
    if (filter.status) and.push({ status: filter.status as Person['status'] });
    if (filter.citizenIdPrefix) and.push({ citizenId: { $like: `${escapeLike(filter.citizenIdPrefix)}%` } });
    if (filter.text) and.push(...filter.text.split(' ').map(startsAWord));
    return em.find(Person, and.length ? { $and: and } : {}, {
      orderBy: [...(filter.text ? [relevance(filter.text)] : []), q.sort === 'fullName' ? { [raw('search_name collate "C"')]: q.order } : { [SORT_COLUMN[q.sort]]: q.order }, { id: 'asc' }],
      limit: q.pageSize,
      offset,
    });
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

/** A typed word starts a word of the name. */
function startsAWord(word: string): FilterQuery<Person> {
  const w = escapeLike(word);
  return { $or: [{ searchName: { $like: `${w}%` } }, { searchName: { $like: `% ${w}%` } }] };
}

/**
 * What was typed first: names starting with the typed words (whole words before a longer last
 * word), then names holding them as whole words in that order, then as word starts in that
 * order, then the rest. Computed by PostgreSQL over the page's candidates (a top-N sort), so
 * no one is loaded to be ranked.
 */
function relevance(text: string): Record<string, 'asc'> {
  const t = escapeLike(text);
  const expr = raw(
    `case when search_name = ? or search_name like ? then 0 when search_name like ? then 1
          when search_name like ? or search_name like ? then 2 when search_name like ? then 3 else 4 end`,
    [text, `${t} %`, `${t}%`, `% ${t} %`, `% ${t}`, `% ${t}%`],
  );
  return { [expr]: 'asc' };
}
