import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/** The gateway's own endpoints: who is signed in, the system's health, users and dead letters. */

export type Me = Answer<'get', '/api/auth/me'>;
export type Health = Answer<'get', '/api/health'>;
export type UpDown = Health['infra'][keyof Health['infra']];
export type UsersPage = Answer<'get', '/api/admin/users'>;
export type AdminUser = UsersPage['items'][number];
export type UsersQuery = Query<'get', '/api/admin/users'>;
export type NewUser = RequestBody<'post', '/api/admin/users'>;
export type UserChanges = RequestBody<'patch', '/api/admin/users/{id}'>;
export type DeadLetter = Answer<'get', '/api/admin/dead-letters'>['items'][number];

/** The parts the status page lists, in its order (the document says which exist). */
export const SERVICE_NAMES = ['membership', 'cadre', 'training', 'inspection', 'reporting'] as const satisfies readonly (keyof Health['services'])[];
export const INFRA_NAMES = ['postgres', 'nats', 'redis'] as const satisfies readonly (keyof Health['infra'])[];

export const fetchMe = (signal?: AbortSignal) => unwrap(api.GET('/api/auth/me', { signal }));

/** How often the status page (and the admin's home) read the health again. */
export const HEALTH_REFRESH_MS = 10_000;

// 503 is the same document with some parts down, not a failure to read it.
export const fetchHealth = (signal?: AbortSignal) => unwrap(api.GET('/api/health', { signal }), [503]);

export const fetchUsers = (query: UsersQuery, signal?: AbortSignal) => unwrap(api.GET('/api/admin/users', { params: { query }, signal }));
export const fetchUser = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/admin/users/{id}', { params: { path: { id } }, signal }));
export const createUser = (user: NewUser) => unwrap(api.POST('/api/admin/users', { body: user }));
export const updateUser = (id: string, changes: UserChanges) =>
  unwrap(api.PATCH('/api/admin/users/{id}', { params: { path: { id } }, body: changes }));
/** Lifts the temporary lock after failed logins. */
export const unlockUser = (id: string) => unwrap(api.POST('/api/admin/users/{id}/unlock', { params: { path: { id } } }));

/** The dead letters read forward from the oldest, `limit` of them (the stream is not paged). */
export const fetchDeadLetters = (limit: number, signal?: AbortSignal) =>
  unwrap(api.GET('/api/admin/dead-letters', { params: { query: { limit } }, signal }));
export const retryDeadLetter = (seq: number) =>
  unwrap(api.POST('/api/admin/dead-letters/{seq}/retry', { params: { path: { seq } } }));

/** The job queue as the administrator's dashboard shows it. */
export type QueueOverview = Answer<'get', '/api/admin/queues'>;
export type QueueJob = Answer<'get', '/api/admin/queues/jobs'>['items'][number];
export type QueueState = NonNullable<Query<'get', '/api/admin/queues/jobs'>['state']>;

export const fetchQueueOverview = (signal?: AbortSignal) => unwrap(api.GET('/api/admin/queues', { signal }));
export const fetchQueueJobs = (state: QueueState, limit: number, signal?: AbortSignal) =>
  unwrap(api.GET('/api/admin/queues/jobs', { params: { query: { state, limit } }, signal }));
export const retryQueueJob = (id: string) => unwrap(api.POST('/api/admin/queues/jobs/{id}/retry', { params: { path: { id } } }));
