import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, RouteInput, todayInVietnam, TRAINING_HISTORY_ROUTES } from '@party/contracts';
import { Handles, QueryContext } from '@party/service-kit';
import { TrainingClass } from '../classes/class.entity';
import { CourseType } from '../course-types/course-type.entity';
import { requireCourseType } from '../course-types/course-types.service';
import { Enrollment } from '../enrollments/enrollment.entity';
import { Registration } from '../registrations/registration.entity';
import { Sending } from '../registrations/sending.entity';
import { SecretaryAttendance, SecretarySession } from '../secretary-sessions/secretary-session.entity';
import { OrgScope, outOfScope } from '../organizations/organization-scope';
import { orgScopeOf, subtreePeriods } from '@party/org-replica';
import { personOf } from '../shared/person';
import { requirementStatus } from './history.rules';

@Injectable()
export class HistoryService {
  /**
   * Everything training knows of one person, by membership's id, citizen ID, or both. A secretary
   * sees the records made while the person was in their subtree, and a 403 when there is none.
   */
  @Handles(TRAINING_HISTORY_ROUTES.personHistory)
  async personHistory(q: RouteInput<typeof TRAINING_HISTORY_ROUTES.personHistory>, { em, principal }: QueryContext) {
    const scope = await orgScopeOf(em, principal);
    const who = await this.identities(em, q);
    const [allEnrollments, allRegistrations, allSendings, allAttendances, types] = await Promise.all([
      em.find(Enrollment, { $or: who }),
      em.find(Registration, { $or: who }, { orderBy: { registeredOn: 'asc' } }),
      em.find(Sending, { $or: who }, { orderBy: { sentOn: 'asc' } }),
      em.find(SecretaryAttendance, { $or: who }),
      em.find(CourseType, {}),
    ]);
    const typeName = new Map(types.map((t) => [t.code, t.nameVi]));
    const sessions = new Map((await em.find(SecretarySession, { id: { $in: allAttendances.map((a) => a.sessionId) } })).map((s) => [s.id, s]));
    const enrollments = allEnrollments.filter((e) => scope.covers(e.orgId, e.enrolledOn));
    const registrations = allRegistrations.filter((r) => scope.covers(r.orgId, r.registeredOn));
    const sendings = allSendings.filter((x) => scope.covers(x.orgId, x.sentOn));
    const attendances = allAttendances.filter((a) => scope.covers(a.orgId, sessions.get(a.sessionId)?.heldOn ?? '0000-01-01'));
    if (!scope.whole && !enrollments.length && !registrations.length && !sendings.length && !attendances.length) {
      throw outOfScope({ vi: 'Người này (không có hồ sơ đào tạo nào trong phạm vi của bạn)', en: 'This person (no training record within your scope)' });
    }
    const classes = new Map((await em.find(TrainingClass, { id: { $in: enrollments.map((e) => e.classId) } })).map((c) => [c.id, c]));
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
            orgId: e.orgId,
            attendance: e.attendance,
            withdrawnOn: e.withdrawnOn,
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
   * Who lacks a course on a date (membership asks this before admission or conversion; the Board
   * and secretaries ask it for an organization). The people are those named in `personIds`, and
   * with `orgId` those training knows in that organization's subtree on `asOf` — by the
   * organization of their latest training record up to that day, in training's copy of the tree.
   * `lacking` lists each one without a valid completion (personId, or citizen ID when training
   * knows no personId); `people` says why, per person.
   */
  @Handles(TRAINING_HISTORY_ROUTES.lacking)
  async lacking(q: RouteInput<typeof TRAINING_HISTORY_ROUTES.lacking>, { em, principal }: QueryContext) {
    const asOf = q.asOf ?? todayInVietnam();
    const type = await requireCourseType(em, q.courseTypeCode);
    const scope = await orgScopeOf(em, principal);

    const people = new Map<string, LackingPerson>();
    for (const personId of q.personIds) people.set(`p:${personId}`, { personId, citizenId: null, fullName: null, orgId: null });
    if (!scope.whole && q.personIds.length) await this.assertNamedInScope(em, scope, [...new Set(q.personIds)]);
    if (q.orgId) {
      if (!scope.covers(q.orgId, asOf)) throw outOfScope({ vi: 'Tổ chức này', en: 'This organization' });
      const subtree = OrgScope.subtree(q.orgId, await subtreePeriods(em, q.orgId)).orgIdsOn(asOf);
      if (!subtree.length) {
        const problem = { vi: `Tổ chức đảng này không có trong cây tổ chức ngày ${asOf}`, en: `This organization is not in the organization tree on ${asOf}` };
        throw DomainError.rule(problem, undefined, [{ field: 'orgId', ...problem }]);
      }
      for (const r of await this.latestRecordsIn(em, subtree, asOf)) {
        const key = r.person_id ? `p:${r.person_id}` : `c:${r.citizen_id}`;
        people.set(key, { personId: r.person_id, citizenId: r.citizen_id, fullName: r.full_name, orgId: r.org_id });
      }
    }

    const classIds = (await em.find(TrainingClass, { courseTypeCode: type.code }, { fields: ['id'] })).map((c) => c.id);
    const personIds = [...people.values()].map((p) => p.personId).filter((x): x is string => !!x);
    const citizenIds = [...people.values()].map((p) => p.citizenId).filter((x): x is string => !!x);
    const rows =
      classIds.length && (personIds.length || citizenIds.length)
        ? await em.find(Enrollment, { classId: { $in: classIds }, $or: [{ personId: { $in: personIds } }, { citizenId: { $in: citizenIds } }] })
        : [];
    const facts = (p: LackingPerson) => rows.filter((r) => (p.personId && r.personId === p.personId) || (p.citizenId && r.citizenId === p.citizenId));
    const out = [...people.values()].map((p) => {
      const { status, best } = requirementStatus(facts(p), asOf, type.certificateValidityMonths !== null);
      return {
        personId: p.personId,
        citizenId: p.citizenId,
        fullName: p.fullName,
        orgId: p.orgId,
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
      orgId: q.orgId ?? null,
      lacking: out.filter((p) => p.status !== 'valid').flatMap((p) => p.personId ?? p.citizenId ?? []),
      people: out,
    };
  }

  /**
   * Each person's latest training record (of any kind) up to `asOf` that names an organization,
   * for the people with a record in one of `orgIds`; kept when that latest one is in `orgIds` too.
   */
  private async latestRecordsIn(em: EntityManager, orgIds: string[], asOf: string) {
    const s = em.config.get('schema') as string;
    const rows = await em.execute<{ person_id: string | null; citizen_id: string | null; full_name: string | null; org_id: string }[]>(
      `with records as (
         select person_key, person_id, citizen_id, full_name, org_id, enrolled_on as on_date, created_at from "${s}"."enrollment" where org_id is not null and enrolled_on <= ?
         union all
         select person_key, person_id, citizen_id, full_name, org_id, registered_on, created_at from "${s}"."registration" where org_id is not null and registered_on <= ?
         union all
         select person_key, person_id, citizen_id, full_name, org_id, sent_on, created_at from "${s}"."sending" where org_id is not null and sent_on <= ?
         union all
         select a.person_key, a.person_id, a.citizen_id, a.full_name, a.org_id, ss.held_on, ss.created_at
           from "${s}"."secretary_attendance" a join "${s}"."secretary_session" ss on ss.id = a.session_id where a.org_id is not null and ss.held_on <= ?
       ), orgs as (select jsonb_array_elements_text(?::jsonb) as org_id),
       latest as (
         select distinct on (person_key) person_id, citizen_id, full_name, org_id from records
          where person_key in (select person_key from records where org_id in (select org_id from orgs))
          order by person_key, on_date desc, created_at desc
       )
       select * from latest where org_id in (select org_id from orgs) order by full_name nulls last, person_id, citizen_id`,
      [asOf, asOf, asOf, asOf, JSON.stringify(orgIds)],
    );
    return rows;
  }

  /** A secretary may ask about people unknown to training, or with a record in their scope — not about others'. */
  private async assertNamedInScope(em: EntityManager, scope: OrgScope, personIds: string[]): Promise<void> {
    const [enrollments, registrations, sendings, attendances] = await Promise.all([
      em.find(Enrollment, { personId: { $in: personIds } }, { fields: ['personId', 'orgId', 'enrolledOn'] }),
      em.find(Registration, { personId: { $in: personIds } }, { fields: ['personId', 'orgId', 'registeredOn'] }),
      em.find(Sending, { personId: { $in: personIds } }, { fields: ['personId', 'orgId', 'sentOn'] }),
      em.find(SecretaryAttendance, { personId: { $in: personIds } }, { fields: ['personId', 'orgId', 'sessionId'] }),
    ]);
    const sessions = new Map((await em.find(SecretarySession, { id: { $in: attendances.map((a) => a.sessionId) } })).map((x) => [x.id, x.heldOn]));
    const known = new Set<string>();
    const inScope = new Set<string>();
    const see = (personId: string | null, orgId: string | null, on: string) => {
      if (!personId) return;
      known.add(personId);
      if (scope.covers(orgId, on)) inScope.add(personId);
    };
    enrollments.forEach((r) => see(r.personId, r.orgId, r.enrolledOn));
    registrations.forEach((r) => see(r.personId, r.orgId, r.registeredOn));
    sendings.forEach((r) => see(r.personId, r.orgId, r.sentOn));
    attendances.forEach((r) => see(r.personId, r.orgId, sessions.get(r.sessionId) ?? '0000-01-01'));
    const outside = personIds.filter((id) => known.has(id) && !inScope.has(id));
    if (outside.length) {
      throw new DomainError({
        code: 'forbidden',
        message: { vi: `${outside.length} người ngoài phạm vi tổ chức bạn phụ trách`, en: `${outside.length} people are outside the organization you are scoped to` },
        fields: outside.map((id) => ({ field: `personIds.${personIds.indexOf(id)}`, vi: 'Người này ngoài phạm vi tổ chức bạn phụ trách', en: 'This person is outside the organization you are scoped to' })),
      });
    }
  }
}

interface LackingPerson {
  personId: string | null;
  citizenId: string | null;
  fullName: string | null;
  orgId: string | null;
}
