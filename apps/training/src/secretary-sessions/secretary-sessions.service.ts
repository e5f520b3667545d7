import { Injectable } from '@nestjs/common';
import { DomainError, RouteInput, SECRETARY_SESSION_ROUTES, SecretarySessionAttended, SecretarySessionHeld } from '@party/contracts';
import { CommandContext, Handles } from '@party/service-kit';
import { requireCourseType } from '../course-types/course-types.service';
import { duplicateIndexes } from '../enrollments/enrollment.rules';
import { assertWholeBloc } from '../organizations/organization-scope';
import { personColumns, personKeysOf, personOf } from '../shared/person';
import { SecretaryAttendance, SecretarySession } from './secretary-session.entity';

@Injectable()
export class SecretarySessionsService {
  /** A session and who attended, in one transaction: one `held` event and one `attended` per person. */
  @Handles(SECRETARY_SESSION_ROUTES.recordSecretarySession)
  async recordSecretarySession(cmd: RouteInput<typeof SECRETARY_SESSION_ROUTES.recordSecretarySession>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    if (cmd.endsOn && cmd.endsOn < cmd.heldOn) {
      throw DomainError.validation([{ field: 'endsOn', vi: 'Ngày kết thúc không được trước ngày bắt đầu', en: 'endsOn must not be before heldOn' }]);
    }
    const dups = duplicateIndexes(cmd.attendees.map((a) => personKeysOf(a)));
    if (dups.size) {
      throw DomainError.validation(
        [...dups].map(([i, first]) => ({ field: `attendees.${i}`, vi: `Trùng người với attendees.${first}`, en: `Same person as attendees.${first}` })),
      );
    }
    const type = await requireCourseType(em, cmd.courseTypeCode);
    const session = em.create(SecretarySession, {
      courseTypeCode: type.code,
      title: cmd.title,
      heldOn: cmd.heldOn,
      endsOn: cmd.endsOn,
      location: cmd.location,
      notes: cmd.notes,
    });
    em.persist(session);
    const course = { courseTypeCode: type.code, category: type.category };
    uow.event(
      SecretarySessionHeld,
      { sessionId: session.id, ...course, title: session.title, heldOn: session.heldOn, endsOn: session.endsOn, attendeeCount: cmd.attendees.length },
      session.heldOn,
    );
    for (const a of cmd.attendees) {
      const row = em.create(SecretaryAttendance, { sessionId: session.id, ...personColumns(a), orgId: a.orgId });
      em.persist(row);
      uow.event(SecretarySessionAttended, { attendanceId: row.id, sessionId: session.id, ...course, heldOn: session.heldOn, person: personOf(row), orgId: row.orgId }, session.heldOn);
    }
    const view = { sessionId: session.id, ...course, title: session.title, heldOn: session.heldOn, endsOn: session.endsOn, location: session.location, attendeeCount: cmd.attendees.length };
    uow.audit('secretarySession.record', 'secretary_session', session.id, null, view);
    return { id: session.id, ...view };
  }
}
