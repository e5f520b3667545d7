import { Injectable } from '@nestjs/common';
import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, pageOf, PersonSent, type Principal, REGISTRATION_ROUTES, RegistrationMade, RouteInput } from '@party/contracts';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { requireCourseType } from '../course-types/course-types.service';
import { assertWholeBloc, scopedOrgRequired } from '../organizations/organization-scope';
import { orgScopeOf } from '@party/org-replica';
import { listScope } from '../shared/list-scope';
import { describePerson, personColumns, personKeysOf, personOf } from '../shared/person';
import type { CoursePlaceColumns } from '../shared/student';
import { Registration } from './registration.entity';
import { Sending } from './sending.entity';

const registrationView = (r: Registration) => ({
  registrationId: r.id,
  courseTypeCode: r.courseTypeCode,
  forYear: r.forYear,
  person: personOf(r),
  registeredOn: r.registeredOn,
  orgId: r.orgId,
  note: r.note,
});

const sendingView = (s: Sending) => ({
  sendingId: s.id,
  courseTypeCode: s.courseTypeCode,
  person: personOf(s),
  sentOn: s.sentOn,
  institution: s.institution,
  decisionNumber: s.decisionNumber,
  orgId: s.orgId,
  note: s.note,
});

/** By date (then as recorded), or by name in Vietnamese order. */
function sorted<T extends { id: string; fullName: string | null }>(rows: T[], on: (r: T) => string, q: { sort: string; order: 'asc' | 'desc' }): T[] {
  const byName = (a: T, b: T) => (a.fullName ?? '').localeCompare(b.fullName ?? '', 'vi');
  const byDate = (a: T, b: T) => on(a).localeCompare(on(b));
  rows.sort((a, b) => (q.sort === 'fullName' ? byName(a, b) || byDate(a, b) : byDate(a, b) || byName(a, b)) || a.id.localeCompare(b.id));
  return q.order === 'desc' ? rows.reverse() : rows;
}

interface PlaceListQuery {
  orgId?: string;
  courseTypeCode?: string;
  sort: string;
  order: 'asc' | 'desc';
}

/** The places of one kind the caller's scope holds, each judged by its student's organization on its date `on`; sorted as asked. */
async function placesInScope<T extends CoursePlaceColumns>(em: EntityManager, principal: Principal, entity: EntityClass<T>, where: FilterQuery<T>, q: PlaceListQuery, on: (r: T) => string): Promise<T[]> {
  const scope = await listScope(principal, q.orgId, em);
  const filter = { ...(where as object), ...(q.courseTypeCode ? { courseTypeCode: q.courseTypeCode } : {}), ...(scope.whole ? {} : { orgId: { $in: scope.orgIds() } }) } as FilterQuery<T>;
  return sorted((await em.find(entity, filter)).filter((r) => scope.covers(r.orgId, on(r))), on, q);
}

/** Registrations for later courses and people sent to courses run by others. */
@Injectable()
export class RegistrationsService {
  @Handles(REGISTRATION_ROUTES.register)
  async register(cmd: RouteInput<typeof REGISTRATION_ROUTES.register>, { em, uow, principal }: CommandContext) {
    const registeredYear = Number(cmd.registeredOn.slice(0, 4));
    if (cmd.forYear < registeredYear) {
      throw DomainError.rule({ vi: `Không thể đăng ký cho năm ${cmd.forYear} đã qua (ngày đăng ký ${cmd.registeredOn})`, en: `Cannot register on ${cmd.registeredOn} for the past year ${cmd.forYear}` }, undefined, [
        { field: 'forYear', vi: 'Năm học đã qua so với ngày đăng ký', en: 'Before the registration year' },
      ]);
    }
    const duplicate = () =>
      DomainError.conflict({
        vi: `${describePerson(cmd.person)} đã được đăng ký khóa này cho năm ${cmd.forYear}`,
        en: `${describePerson(cmd.person)} is already registered for this course in ${cmd.forYear}`,
      });
    if (!(await orgScopeOf(em, principal)).covers(cmd.orgId, cmd.registeredOn)) {
      throw scopedOrgRequired(cmd.orgId, { vi: 'Người được đăng ký', en: 'The person registered' });
    }
    const type = await requireCourseType(em, cmd.courseTypeCode);
    const keys = personKeysOf(cmd.person);
    if (await em.count(Registration, { courseTypeCode: type.code, forYear: cmd.forYear, personKey: { $in: keys } })) throw duplicate();
    const r = em.create(Registration, { courseTypeCode: type.code, forYear: cmd.forYear, ...personColumns(cmd.person), registeredOn: cmd.registeredOn, orgId: cmd.orgId, note: cmd.note });
    em.persist(r);
    uow.event(
      RegistrationMade,
      { registrationId: r.id, courseTypeCode: type.code, category: type.category, forYear: r.forYear, person: personOf(r), registeredOn: r.registeredOn, orgId: r.orgId },
      r.registeredOn,
    );
    uow.audit('registration.make', 'registration', r.id, null, registrationView(r));
    await uow.flushOrConflict(duplicate);
    return { id: r.id, ...registrationView(r) };
  }

  @Handles(REGISTRATION_ROUTES.listRegistrations)
  async listRegistrations(q: RouteInput<typeof REGISTRATION_ROUTES.listRegistrations>, { em, principal }: QueryContext) {
    const rows = await placesInScope(em, principal, Registration, { forYear: q.forYear }, q, (r) => r.registeredOn);
    return { forYear: q.forYear, ...pageOf(rows.map(registrationView), q) };
  }

  @Handles(REGISTRATION_ROUTES.send)
  async send(cmd: RouteInput<typeof REGISTRATION_ROUTES.send>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    const type = await requireCourseType(em, cmd.courseTypeCode);
    const keys = personKeysOf(cmd.person);
    if (await em.count(Sending, { courseTypeCode: type.code, sentOn: cmd.sentOn, personKey: { $in: keys } })) {
      throw DomainError.conflict({
        vi: `${describePerson(cmd.person)} đã được cử đi học khóa này ngày ${cmd.sentOn}`,
        en: `${describePerson(cmd.person)} was already sent to this course on ${cmd.sentOn}`,
      });
    }
    const s = em.create(Sending, {
      courseTypeCode: type.code,
      ...personColumns(cmd.person),
      sentOn: cmd.sentOn,
      institution: cmd.institution,
      decisionNumber: cmd.decisionNumber,
      orgId: cmd.orgId,
      note: cmd.note,
    });
    em.persist(s);
    uow.event(
      PersonSent,
      { sendingId: s.id, courseTypeCode: type.code, category: type.category, person: personOf(s), sentOn: s.sentOn, institution: s.institution, decisionNumber: s.decisionNumber, orgId: s.orgId },
      s.sentOn,
    );
    uow.audit('sending.make', 'sending', s.id, null, sendingView(s));
    return { id: s.id, ...sendingView(s) };
  }

  @Handles(REGISTRATION_ROUTES.listSendings)
  async listSendings(q: RouteInput<typeof REGISTRATION_ROUTES.listSendings>, { em, principal }: QueryContext) {
    const rows = await placesInScope(em, principal, Sending, { sentOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } }, q, (s) => s.sentOn);
    return { year: q.year, ...pageOf(rows.map(sendingView), q) };
  }
}
