import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { COURSE_TYPE_ROUTES, CourseTypeAdded, DomainError, RouteInput, todayInVietnam } from '@party/contracts';
import { CommandContext, Handles, QueryContext } from '@party/service-kit';
import { assertWholeBloc } from '../organizations/organization-scope';
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
  @Handles(COURSE_TYPE_ROUTES.listCourseTypes)
  async listCourseTypes(q: RouteInput<typeof COURSE_TYPE_ROUTES.listCourseTypes>, { em }: QueryContext) {
    const [rows, total] = await em.findAndCount(CourseType, q.category ? { category: q.category } : {}, {
      orderBy: q.sort === 'code' ? { code: q.order } : { [q.sort]: q.order, code: 'asc' },
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: rows.map(courseTypeView), total, page: q.page, pageSize: q.pageSize };
  }

  @Handles(COURSE_TYPE_ROUTES.addCourseType)
  async addCourseType(cmd: RouteInput<typeof COURSE_TYPE_ROUTES.addCourseType>, { em, uow, principal }: CommandContext) {
    assertWholeBloc(principal);
    if (await em.findOne(CourseType, { code: cmd.code })) {
      throw DomainError.conflict({ vi: `Loại lớp "${cmd.code}" đã có`, en: `Course type "${cmd.code}" already exists` });
    }
    const type = em.create(CourseType, { ...cmd });
    em.persist(type);
    const data = courseTypeView(type);
    uow.event(CourseTypeAdded, data, todayInVietnam());
    uow.audit('courseType.add', 'course_type', type.code, null, data);
    return { id: type.code, ...data };
  }
}
