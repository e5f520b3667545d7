import { api, unwrap, type Answer, type RequestBody } from './client';

/** The gateway's own endpoints: who is signed in, the system's health, users and dead letters. */

export type Me = Answer<'get', '/api/auth/me'>;
export type Health = Answer<'get', '/api/health'>;
export type UpDown = Health['infra'][keyof Health['infra']];
export type AdminUser = Answer<'get', '/api/admin/users'>['items'][number];
export type NewUser = RequestBody<'post', '/api/admin/users'>;
export type UserChanges = RequestBody<'patch', '/api/admin/users/{id}'>;
export type DeadLetter = Answer<'get', '/api/admin/dead-letters'>['items'][number];

/** The parts the status page lists, in its order (the document says which exist). */
export const SERVICE_NAMES = ['membership', 'cadre', 'training', 'inspection', 'reporting'] as const satisfies readonly (keyof Health['services'])[];
export const INFRA_NAMES = ['postgres', 'nats', 'redis'] as const satisfies readonly (keyof Health['infra'])[];

export const fetchMe = (signal?: AbortSignal) => unwrap(api.GET('/api/auth/me', { signal }));

// 503 is the same document with some parts down, not a failure to read it.
export const fetchHealth = (signal?: AbortSignal) => unwrap(api.GET('/api/health', { signal }), [503]);

export const fetchUsers = (signal?: AbortSignal) => unwrap(api.GET('/api/admin/users', { signal }));
export const createUser = (user: NewUser) => unwrap(api.POST('/api/admin/users', { body: user }));
export const updateUser = (id: string, changes: UserChanges) =>
  unwrap(api.PATCH('/api/admin/users/{id}', { params: { path: { id } }, body: changes }));

export const fetchDeadLetters = (signal?: AbortSignal) => unwrap(api.GET('/api/admin/dead-letters', { signal }));
export const retryDeadLetter = (seq: number) =>
  unwrap(api.POST('/api/admin/dead-letters/{seq}/retry', { params: { path: { seq } } }));
