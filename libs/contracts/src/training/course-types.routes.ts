import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { listQuery, paged } from '../routes/conventions';
import { addCourseTypeSchema } from './commands';
import { courseCategorySchema } from './course-types';
import { courseTypeViewSchema } from './views';

/** Loại lớp: data, not code — the seeded six and any the Board adds. */
export const COURSE_TYPE_ROUTES = {
  listCourseTypes: defineRoute({
    service: 'training',
    method: 'GET',
    path: 'training/course-types',
    pattern: 'training.courseType.list',
    permission: 'training:read',
    tag: 'training',
    summary: 'Loại lớp / Course types',
    query: z.strictObject({ category: courseCategorySchema.optional(), ...listQuery(['code', 'nameVi']) }),
    response: paged(courseTypeViewSchema),
  }),
  addCourseType: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/course-types',
    pattern: 'training.courseType.add',
    permission: 'training:write',
    tag: 'training',
    summary: 'Thêm loại lớp / Add a course type',
    description: 'The Board only (whole bloc). `id` is the code.',
    body: addCourseTypeSchema,
    response: courseTypeViewSchema.extend({ id: z.string() }),
    status: 201,
  }),
};
