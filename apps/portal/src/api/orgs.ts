import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

export type OrgList = Answer<'get', '/api/orgs'>;
export type OrgView = OrgList['items'][number];
export type OrgDetailView = Answer<'get', '/api/orgs/{id}'>;
export type OrgVersionView = OrgDetailView['history'][number];
export type OrgKind = OrgView['kind'];
export type OrgListQuery = Omit<Query<'get', '/api/orgs'>, 'page' | 'pageSize'>;
export type OrgDecision = Answer<'post', '/api/orgs'>;

export type EstablishOrgBody = RequestBody<'post', '/api/orgs'>;
export type HandInOrgBody = RequestBody<'post', '/api/orgs/handed-in'>;
export type MergeOrgsBody = RequestBody<'post', '/api/orgs/merge'>;
export type RenameOrgBody = RequestBody<'post', '/api/orgs/{id}/rename'>;
export type MoveOrgBody = RequestBody<'post', '/api/orgs/{id}/move'>;
export type SplitOrgBody = RequestBody<'post', '/api/orgs/{id}/split'>;
export type DissolveOrgBody = RequestBody<'post', '/api/orgs/{id}/dissolve'>;
export type HandOverOrgBody = RequestBody<'post', '/api/orgs/{id}/hand-over'>;

/** The largest page the API gives (`pageSize` of every list). */
const PAGE_SIZE = 500;

/**
 * Every organization active on `asOf` in the caller's scope, by name. Only for a screen that truly
 * needs them all at once: the tree and the pickers read level by level (`fetchOrgChildren`).
 */
export async function fetchOrgs(query: OrgListQuery, signal?: AbortSignal): Promise<OrgList> {
  const page = (n: number) => unwrap(api.GET('/api/orgs', { params: { query: { ...query, sort: 'name', page: n, pageSize: PAGE_SIZE } }, signal }));
  const first = await page(1);
  const pages = Math.ceil(first.total / first.pageSize);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 2)));
  return { ...first, items: [...first.items, ...rest.flatMap((p) => p.items)] };
}

export const fetchOrg = (id: string, asOf: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/orgs/{id}', { params: { path: { id }, query: { asOf } }, signal }));

/** One level of the tree on `asOf` (today when absent): the organizations directly under `parentId`, or the top of the caller's tree. */
export const fetchOrgChildren = (parentId: string | null, asOf: string | undefined, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/orgs', {
      params: { query: { ...(parentId ? { parentId } : { roots: 'true' as const }), asOf, sort: 'name', pageSize: PAGE_SIZE } },
      signal,
    }),
  ).then((page) => page.items);

/** One level of the tree today (the shared OrgPicker). */
export const fetchOrgLevel = (parentId: string | null, signal?: AbortSignal) => fetchOrgChildren(parentId, undefined, signal);

/** Organizations on `asOf` whose name holds the typed words, accents and case ignored. */
export const searchOrgsOn = (q: string, asOf: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/orgs', { params: { query: { q, asOf, sort: 'name', pageSize: 50 } }, signal }));

/** Organizations whose name holds the typed words, accents and case ignored (the picker's search). */
export const searchOrgs = (q: string, signal?: AbortSignal) => searchOrgsOn(q, undefined, signal);

/** How many organizations (of a kind) there are on `asOf` in the caller's scope: one row read, the total kept. */
export const countOrgs = (query: Pick<OrgListQuery, 'kind' | 'asOf'>, signal?: AbortSignal) =>
  unwrap(api.GET('/api/orgs', { params: { query: { ...query, pageSize: 1 } }, signal })).then((page) => page.total);

// ---------------------------------------------------------------- decisions about the tree

export const establishOrg = (body: EstablishOrgBody) => unwrap(api.POST('/api/orgs', { body }));
export const handInOrg = (body: HandInOrgBody) => unwrap(api.POST('/api/orgs/handed-in', { body }));
export const mergeOrgs = (body: MergeOrgsBody) => unwrap(api.POST('/api/orgs/merge', { body }));
export const renameOrg = (id: string, body: RenameOrgBody) => unwrap(api.POST('/api/orgs/{id}/rename', { params: { path: { id } }, body }));
export const moveOrg = (id: string, body: MoveOrgBody) => unwrap(api.POST('/api/orgs/{id}/move', { params: { path: { id } }, body }));
export const splitOrg = (id: string, body: SplitOrgBody) => unwrap(api.POST('/api/orgs/{id}/split', { params: { path: { id } }, body }));
export const dissolveOrg = (id: string, body: DissolveOrgBody) => unwrap(api.POST('/api/orgs/{id}/dissolve', { params: { path: { id } }, body }));
export const handOverOrg = (id: string, body: HandOverOrgBody) => unwrap(api.POST('/api/orgs/{id}/hand-over', { params: { path: { id } }, body }));
