import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import { lackingSchema, personHistorySchema, ServiceRequest, todayInVietnam, validate } from '@party/contracts';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { Enrollment } from '../enrollments/enrollment.entity';
import { Registration } from '../registrations/registration.entity';
import { Sending } from '../registrations/sending.entity';
import { SecretaryAttendance, SecretarySession } from '../secretary-sessions/secretary-session.entity';
import { personOf } from '../shared/person';
import { requirementStatus } from './history.rules';

@Injectable()
export class HistoryService {
  constructor(private readonly orm: MikroORM) {}

  /** Everything training knows of one person, by membership's id, citizen ID, or both. */
  async personHistory(req: ServiceRequest<unknown>) {
    assertPermission(req.principal, 'training:read');
    const q = validate(personHistorySchema, req.payload);
    const em = this.orm.em.fork();
    const who = await this.identities(em, q);
    const [enrollments, registrations, sendings, attendances, types] = await Promise.all([
      em.find(Enrollment, { $or: who }),
      em.find(Registration, { $or: who }, { orderBy: { registeredOn: 'asc' } }),
      em.find(Sending, { $or: who }, { orderBy: { sentOn: 'asc' } }),
      em.find(SecretaryAttendance, { $or: who }),
      em.find(CourseType, {}),
    ]);
    const typeName = new Map(types.map((t) => [t.code, t.nameVi]));
    const classes = new Map((await em.find(TrainingClass, { id: { $in: enrollments.map((e) => e.classId) } })).map((c) => [c.id, c]));
    const sessions = new Map((await em.find(SecretarySession, { id: { $in: attendances.map((a) => a.sessionId) } })).map((s) => [s.id, s]));
    const first = enrollments[0] ?? registrations[0] ?? sendings[0] ?? attendances[0];
    return {
      person: first ? personOf(first) : { personId: q.personId ?? null, citizenId: q.citizenId ?? null, fullName: null, dateOfBirth: null },
      classes: enrollments
        .flatMap((e) => {
          const c = classes.get(e.classId);
          if (!c) return [];
          return [{
            enrollmentId: e.id,
            classId: c.id,
            courseTypeCode: c.courseTypeCode,
            courseTypeNameVi: typeName.get(c.courseTypeCode) ?? c.courseTypeCode,
            title: c.title,
            openedOn: c.openedOn,
            endsOn: c.endsOn,
            cohortLabel: c.cohortLabel,
            enrolledOn: e.enrolledOn,
            attendance: e.attendance,
            completedOn: e.completedOn,
            result: e.result,
            grade: e.grade,
            certificateNumber: e.certificateNumber,
            certificateIssuedOn: e.certificateIssuedOn,
            certificateValidUntil: e.certificateValidUntil,
          }];
        })
        .sort((a, b) => a.openedOn.localeCompare(b.openedOn)),
      registrations: registrations.map((r) => ({ registrationId: r.id, courseTypeCode: r.courseTypeCode, forYear: r.forYear, registeredOn: r.registeredOn })),
      sendings: sendings.map((s) => ({ sendingId: s.id, courseTypeCode: s.courseTypeCode, sentOn: s.sentOn, institution: s.institution, decisionNumber: s.decisionNumber })),
      secretarySessions: attendances
        .flatMap((a) => sessions.get(a.sessionId) ?? [])
        .map((s) => ({ sessionId: s.id, courseTypeCode: s.courseTypeCode, title: s.title, heldOn: s.heldOn }))
        .sort((a, b) => a.heldOn.localeCompare(b.heldOn)),
    };
  }

  /**
   * The person's ids as any record links them: asked by citizen ID, the records made under the
   * personId that some record pairs with it are theirs too (and the other way round).
   */
  private async identities(em: EntityManager, q: { personId?: string; citizenId?: string }) {
    const personIds = new Set(q.personId ? [q.personId] : []);
    const citizenIds = new Set(q.citizenId ? [q.citizenId] : []);
    const where = () => [...[...personIds].map((personId) => ({ personId })), ...[...citizenIds].map((citizenId) => ({ citizenId }))];
    for (const entity of [Enrollment, Registration, Sending, SecretaryAttendance] as const) {
      const rows = await em.find(entity as typeof Enrollment, { $or: where(), personId: { $ne: null }, citizenId: { $ne: null } }, { fields: ['personId', 'citizenId'] });
      rows.forEach((r) => {
        if (r.personId) personIds.add(r.personId);
        if (r.citizenId) citizenIds.add(r.citizenId);
      });
    }
    return where();
  }

  /**
   * Who among the given people lacks a course on a date (membership asks this before admission or
   * conversion): `lacking` lists the ids with no valid completion; `people` says why, per person.
   */
  async lacking(req: ServiceRequest<unknown>) {
    assertPermission(req.principal, 'training:read');
    const q = validate(lackingSchema, req.payload);
    const asOf = q.asOf ?? todayInVietnam();
    const em = this.orm.em.fork();
    const type = await requireCourseType(em, q.courseTypeCode);
    const personIds = [...new Set(q.personIds)];
    const classIds = (await em.find(TrainingClass, { courseTypeCode: type.code }, { fields: ['id'] })).map((c) => c.id);
    const rows = classIds.length ? await em.find(Enrollment, { personId: { $in: personIds }, classId: { $in: classIds } }) : [];
    const byPerson = new Map<string, Enrollment[]>();
    for (const r of rows) if (r.personId) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
    const people = personIds.map((personId) => {
      const { status, best } = requirementStatus(byPerson.get(personId) ?? [], asOf, type.certificateValidityMonths !== null);
      return {
        personId,
        status,
        certificateNumber: best?.certificateNumber ?? null,
        issuedOn: best?.certificateIssuedOn ?? null,
        validUntil: best?.certificateValidUntil ?? null,
        completedOn: best?.completedOn ?? null,
      };
    });
    return {
      courseTypeCode: type.code,
      courseTypeNameVi: type.nameVi,
      asOf,
      lacking: people.filter((p) => p.status !== 'valid').map((p) => p.personId),
      people,
    };
  }
}
