import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { listQuery } from '../routes/conventions';
import { listClassesSchema, openClassSchema, updateClassBodySchema } from './commands';
import { classParams, orgFilter } from './params';
import { classListSchema, classStudentSchema, classViewSchema, trainingScopeSchema, unnamed } from './views';

/** Lớp học: opened and corrected by the Board; read by everyone, a secretary through their own students. */
export const CLASS_ROUTES = {
  listClasses: defineRoute({
    service: 'training',
    method: 'GET',
    path: 'training/classes',
    pattern: 'training.class.list',
    permission: 'training:read',
    tag: 'training',
    summary: 'Lớp khai giảng trong năm, có số học viên / Classes opened in a year with student counts',
    description:
      'A class counts in the year it opens. A secretary sees the classes serving an organization of their subtree or holding one of its students, counted by those students; ' +
      '`orgId` narrows the same way to an organization and its subtree.',
    query: z.strictObject({ ...listClassesSchema.shape, orgId: orgFilter, ...listQuery(['openedOn', 'title']) }),
    response: classListSchema,
  }),
  openClass: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/classes',
    pattern: 'training.class.open',
    permission: 'training:write',
    tag: 'training',
    summary: 'Mở lớp / Open a class',
    body: openClassSchema,
    response: unnamed(classViewSchema),
    status: 201,
    examples: { body: { courseTypeCode: 'nhan-thuc-ve-dang', title: 'Lớp bồi dưỡng nhận thức về Đảng khóa 1/2023', openedOn: '2023-03-01', servedOrgIds: [] } },
  }),
  getClass: defineRoute({
    service: 'training',
    method: 'GET',
    path: 'training/classes/:id',
    pattern: 'training.class.get',
    permission: 'training:read',
    tag: 'training',
    summary: 'Lớp và học viên / A class and its students',
    description: 'A secretary sees only their own students, and 403 for a class with none of theirs that serves none of their organizations.',
    params: classParams,
    response: classViewSchema.extend({ scope: trainingScopeSchema, students: z.array(classStudentSchema) }),
  }),
  updateClass: defineRoute({
    service: 'training',
    method: 'PATCH',
    path: 'training/classes/:id',
    pattern: 'training.class.update',
    permission: 'training:write',
    tag: 'training',
    summary: 'Sửa thông tin lớp / Update a class',
    params: classParams,
    body: updateClassBodySchema,
    response: unnamed(classViewSchema),
  }),
};
