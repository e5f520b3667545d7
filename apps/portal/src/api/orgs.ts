import { api, unwrap, type Answer, type Query } from './client';

export type OrgList = Answer<'get', '/api/orgs'>;
export type OrgView = OrgList['items'][number];
export type OrgDetailView = Answer<'get', '/api/orgs/{id}'>;
export type OrgVersionView = OrgDetailView['history'][number];
export type OrgKind = OrgView['kind'];
export type OrgListQuery = Omit<Query<'get', '/api/orgs'>, 'page' | 'pageSize'>;

/** The largest page the API gives (`pageSize` of every list). */
const PAGE_SIZE = 500;

/**
 * Every organization active on `asOf` in the caller's scope, by name: the tree needs them all,
 * so the pages after the first (a bloc has a few hundred) are read together.
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

/** One level of the tree: the organizations directly under `parentId`, or the top of the caller's tree. */
export const fetchOrgLevel = (parentId: string | null, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/orgs', {
      params: { query: { ...(parentId ? { parentId } : { roots: 'true' as const }), sort: 'name', pageSize: PAGE_SIZE } },
      signal,
    }),
  ).then((page) => page.items);

/** Organizations whose name holds the typed words, accents and case ignored (the picker's search). */
export const searchOrgs = (q: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/orgs', { params: { query: { q, sort: 'name', pageSize: 50 } }, signal })).then((page) => page);
