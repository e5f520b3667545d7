import { Injectable } from '@nestjs/common';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  DomainError,
  listRegistrationsSchema,
  listSendingsSchema,
  PersonSent,
  registerSchema,
  RegistrationMade,
  sendSchema,
  ServiceRequest,
  validate,
} from '@party/contracts';
import { recordEvent } from '@party/messaging';
import { BackboneRunner } from '@party/service-kit';
import { requireCourseType } from '../course-types/course-types.service';
import { assertWholeBloc, OrganizationScopes, scopedOrgRequired } from '../organizations/organization-scope';
import { actorOf, audit } from '../shared/actor';
import { describePerson, personColumns, personKeysOf, personOf } from '../shared/person';
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

/** Registrations for later courses and people sent to courses run by others. */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
    private readonly scopes: OrganizationScopes,
  ) {}

  async register(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    const cmd = validate(registerSchema, req.payload);
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
    try {
      const result = await this.orm.em.fork().transactional(async (em) => {
        if (!(await this.scopes.of(principal, em)).covers(cmd.orgId, cmd.registeredOn)) {
          throw scopedOrgRequired(cmd.orgId, { vi: 'Người được đăng ký', en: 'The person registered' });
        }
        const type = await requireCourseType(em, cmd.courseTypeCode);
        const keys = personKeysOf(cmd.person);
        if (await em.count(Registration, { courseTypeCode: type.code, forYear: cmd.forYear, personKey: { $in: keys } })) throw duplicate();
        const r = em.create(Registration, { courseTypeCode: type.code, forYear: cmd.forYear, ...personColumns(cmd.person), registeredOn: cmd.registeredOn, orgId: cmd.orgId, note: cmd.note });
        em.persist(r);
        recordEvent(em, RegistrationMade, {
          data: { registrationId: r.id, courseTypeCode: type.code, category: type.category, forYear: r.forYear, person: personOf(r), registeredOn: r.registeredOn, orgId: r.orgId },
          occurredOn: r.registeredOn,
          orgId: r.orgId,
          actor: actorOf(principal),
          correlationId: req.correlationId,
        });
        audit(em, req, principal, { action: 'registration.make', entity: 'registration', entityId: r.id, after: registrationView(r) });
        return registrationView(r);
      });
      this.backbone.kickRelay();
      return result;
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw duplicate();
      throw err;
    }
  }

  async listRegistrations(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:read');
    const q = validate(listRegistrationsSchema, req.payload);
    const em = this.orm.em.fork();
    const scope = await this.scopes.of(principal, em);
    const rows = (
      await em.find(
        Registration,
        { forYear: q.forYear, ...(q.courseTypeCode ? { courseTypeCode: q.courseTypeCode } : {}), ...(scope.whole ? {} : { orgId: { $in: scope.orgIds() } }) },
        { orderBy: { registeredOn: 'asc', id: 'asc' } },
      )
    ).filter((r) => scope.covers(r.orgId, r.registeredOn));
    return { forYear: q.forYear, total: rows.length, items: rows.map(registrationView) };
  }

  async send(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(sendSchema, req.payload);
    const result = await this.orm.em.fork().transactional(async (em) => {
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
      recordEvent(em, PersonSent, {
        data: {
          sendingId: s.id,
          courseTypeCode: type.code,
          category: type.category,
          person: personOf(s),
          sentOn: s.sentOn,
          institution: s.institution,
          decisionNumber: s.decisionNumber,
          orgId: s.orgId,
        },
        occurredOn: s.sentOn,
        orgId: s.orgId,
        actor: actorOf(principal),
        correlationId: req.correlationId,
      });
      audit(em, req, principal, { action: 'sending.make', entity: 'sending', entityId: s.id, after: sendingView(s) });
      return sendingView(s);
    });
    this.backbone.kickRelay();
    return result;
  }

  async listSendings(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:read');
    const q = validate(listSendingsSchema, req.payload);
    const em = this.orm.em.fork();
    const scope = await this.scopes.of(principal, em);
    const rows = (
      await em.find(
        Sending,
        {
          sentOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` },
          ...(q.courseTypeCode ? { courseTypeCode: q.courseTypeCode } : {}),
          ...(scope.whole ? {} : { orgId: { $in: scope.orgIds() } }),
        },
        { orderBy: { sentOn: 'asc', id: 'asc' } },
      )
    ).filter((s) => scope.covers(s.orgId, s.sentOn));
    return { year: q.year, total: rows.length, items: rows.map(sendingView) };
  }
}
