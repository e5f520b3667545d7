import { Injectable } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { assertPermission } from '@party/auth';
import { addCourseTypeSchema, CourseTypeAdded, CourseTypeView, DomainError, ServiceRequest, todayInVietnam, validate } from '@party/contracts';
import { recordEvent } from '@party/messaging';
import { BackboneRunner } from '@party/service-kit';
import { assertWholeBloc } from '../organizations/organization-scope';
import { actorOf, audit } from '../shared/actor';
import { CourseType, courseTypeView } from './course-type.entity';

/** The course type a command names, or a 422 naming the field. */
export async function requireCourseType(em: EntityManager, code: string, field = 'courseTypeCode'): Promise<CourseType> {
  const type = await em.findOne(CourseType, { code });
  if (!type) {
    throw DomainError.rule({ vi: `Không có loại lớp "${code}"`, en: `Unknown course type "${code}"` }, undefined, [
      { field, vi: `Không có loại lớp "${code}"`, en: `Unknown course type "${code}"` },
    ]);
  }
  return type;
}

@Injectable()
export class CourseTypesService {
  constructor(
    private readonly orm: MikroORM,
    private readonly backbone: BackboneRunner,
  ) {}

  async list(req: ServiceRequest<unknown>): Promise<CourseTypeView[]> {
    assertPermission(req.principal, 'training:read');
    const rows = await this.orm.em.fork().find(CourseType, {}, { orderBy: { code: 'asc' } });
    return rows.map(courseTypeView);
  }

  async add(req: ServiceRequest<unknown>): Promise<CourseTypeView> {
    const principal = assertPermission(req.principal, 'training:write');
    assertWholeBloc(principal);
    const cmd = validate(addCourseTypeSchema, req.payload);
    const view = await this.orm.em.fork().transactional(async (em) => {
      if (await em.findOne(CourseType, { code: cmd.code })) {
        throw DomainError.conflict({ vi: `Loại lớp "${cmd.code}" đã có`, en: `Course type "${cmd.code}" already exists` });
      }
      const type = em.create(CourseType, { ...cmd });
      em.persist(type);
      const data = courseTypeView(type);
      recordEvent(em, CourseTypeAdded, { data, occurredOn: todayInVietnam(), actor: actorOf(principal), correlationId: req.correlationId });
      audit(em, req, principal, { action: 'courseType.add', entity: 'course_type', entityId: type.code, after: data });
      return data;
    });
    this.backbone.kickRelay();
    return view;
  }
}
