import { z } from 'zod';
import { defineRoute } from '../routes/define-route';
import { listQuery, paged } from '../routes/conventions';
import { listRegistrationsSchema, listSendingsSchema, registerSchema, sendSchema } from './commands';
import { orgFilter } from './params';
import { registrationViewSchema, sendingViewSchema } from './views';

const scoped = 'A secretary sees their own subtree; `orgId` narrows to an organization and its subtree (each record on its own date).';

/** Đăng ký học năm sau, and people sent (cử đi học) to courses run by others. */
export const REGISTRATION_ROUTES = {
  listRegistrations: defineRoute({
    service: 'training',
    method: 'GET',
    path: 'training/registrations',
    pattern: 'training.registration.list',
    permission: 'training:read',
    tag: 'training',
    summary: 'Đăng ký học cho một năm / Registrations for a year',
    description: scoped,
    query: z.strictObject({ ...listRegistrationsSchema.shape, orgId: orgFilter, ...listQuery(['registeredOn', 'fullName']) }),
    response: paged(registrationViewSchema).extend({ forYear: z.number().int() }),
  }),
  register: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/registrations',
    pattern: 'training.registration.make',
    permission: 'training:write',
    tag: 'training',
    summary: 'Đăng ký học năm sau / Register for a later course',
    description: 'A secretary registers people of their own subtree only, naming the organization (`orgId`).',
    body: registerSchema,
    response: registrationViewSchema.extend({ id: z.uuid() }),
    status: 201,
  }),
  listSendings: defineRoute({
    service: 'training',
    method: 'GET',
    path: 'training/sendings',
    pattern: 'training.sending.list',
    permission: 'training:read',
    tag: 'training',
    summary: 'Người được cử đi học trong năm / People sent in a year',
    description: scoped,
    query: z.strictObject({ ...listSendingsSchema.shape, orgId: orgFilter, ...listQuery(['sentOn', 'fullName']) }),
    response: paged(sendingViewSchema).extend({ year: z.number().int() }),
  }),
  send: defineRoute({
    service: 'training',
    method: 'POST',
    path: 'training/sendings',
    pattern: 'training.sending.make',
    permission: 'training:write',
    tag: 'training',
    summary: 'Cử người đi học lớp do nơi khác mở / Send a person to a course run by others',
    description: 'The Board only (whole bloc).',
    body: sendSchema,
    response: sendingViewSchema.extend({ id: z.uuid() }),
    status: 201,
  }),
};
