import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import {
  DomainError,
  recordSecretarySessionSchema,
  SecretarySessionAttended,
  SecretarySessionHeld,
  ServiceRequest,
  validate,
} from '@party/contracts';
import { recordEvent } from '@party/messaging';
import { BackboneRunner } from '@party/service-kit';
import { requireCourseType } from '../course-types/course-types.service';
import { duplicateIndexes } from '../enrollments/enrollment.rules';
import { assertWholeBloc } from '../organizations/organization-scope';
import { actorOf, audit } from '../shared/actor';
import { personColumns, personKeysOf, personOf } from '../shared/person';
import { SecretaryAttendance, SecretarySession } from './secretary-session.entity';

@Injectable()
export class SecretarySessionsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
  ) {}

  /** A session and who attended, in one transaction: one `held` event and one `attended` per person. */
  async record(req: ServiceRequest<unknown>) {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(recordSecretarySessionSchema, req.payload);
    if (cmd.endsOn && cmd.endsOn < cmd.heldOn) {
      throw DomainError.validation([{ field: 'endsOn', vi: 'Ngày kết thúc không được trước ngày bắt đầu', en: 'endsOn must not be before heldOn' }]);
    }
    const dups = duplicateIndexes(cmd.attendees.map((a) => personKeysOf(a)));
    if (dups.size) {
      throw DomainError.validation(
        [...dups].map(([i, first]) => ({ field: `attendees.${i}`, vi: `Trùng người với attendees.${first}`, en: `Same person as attendees.${first}` })),
      );
    }
    const result = await this.orm.em.fork().transactional(async (em) => {
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
      const actor = actorOf(principal);
      const course = { courseTypeCode: type.code, category: type.category };
      recordEvent(em, SecretarySessionHeld, {
        data: { sessionId: session.id, ...course, title: session.title, heldOn: session.heldOn, endsOn: session.endsOn, attendeeCount: cmd.attendees.length },
        occurredOn: session.heldOn,
        actor,
        correlationId: req.correlationId,
      });
      for (const a of cmd.attendees) {
        const row = em.create(SecretaryAttendance, { sessionId: session.id, ...personColumns(a), orgId: a.orgId });
        em.persist(row);
        recordEvent(em, SecretarySessionAttended, {
          data: { attendanceId: row.id, sessionId: session.id, ...course, heldOn: session.heldOn, person: personOf(row), orgId: row.orgId },
          occurredOn: session.heldOn,
          orgId: row.orgId,
          actor,
          correlationId: req.correlationId,
        });
      }
      const view = { sessionId: session.id, ...course, title: session.title, heldOn: session.heldOn, endsOn: session.endsOn, location: session.location, attendeeCount: cmd.attendees.length };
      audit(em, req, principal, { action: 'secretarySession.record', entity: 'secretary_session', entityId: session.id, after: view });
      return view;
    });
    this.backbone.kickRelay();
    return result;
  }
}
