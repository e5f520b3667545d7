import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { PERMISSIONS, Permission, Role, ROLE_DEFINITIONS, ROLES, Route } from '@party/contracts';

/**
 * The authorization matrix, generated from the route declarations (`ALL_ROUTES`) and the roles
 * (`ROLE_DEFINITIONS`): what the real gateway must answer to each route for no token and for
 * each role, and which routes name an organization, where a scoped role (secretary) needs an
 * in-scope and an out-of-scope case. Pure: no HTTP here.
 */

/**
 * What an answer must be: that status; `allowed`: anything but 401/403 and no 5xx (a probe's empty
 * body may well be a 400); `valid`: allowed and past validation too (a scope case's request is valid
 * in every respect but the scope, so a 400 means the case itself is wrong).
 */
export type Expected = number | 'allowed' | 'valid';

export function meets(status: number, expected: Expected): boolean {
  if (expected === 'allowed') return status !== 401 && status !== 403 && status < 500;
  if (expected === 'valid') return status !== 400 && status !== 401 && status !== 403 && status < 500;
  return status === expected;
}

/** One HTTP request of a case. */
export interface CaseRequest {
  method: Route['method'];
  /** Below `/api`, with the query string. */
  url: string;
  body?: unknown;
}

export const holds = (role: Role, permissions: readonly Permission[]): boolean => permissions.every((p) => ROLE_DEFINITIONS[role].permissions.includes(p));

/**
 * What a role gets: 401 without a token, 403 at the gateway's permission check (the service checks
 * the same list again), and 403 from the service for a scoped role on whole-bloc work (`wholeBlocOnly`).
 */
export function expectedFor(route: Route, role: Role | null, wholeBlocOnly: Readonly<Record<string, string>> = {}): Expected {
  if (role === null) return 401;
  if (!holds(role, route.permissions)) return 403;
  return ROLE_DEFINITIONS[role].scoped && wholeBlocOnly[route.pattern] ? 403 : 'allowed';
}

/** Problems that make the matrix meaningless for a route: it must fail, not skip. */
export function declarationProblems(routes: readonly Route[]): string[] {
  const problems: string[] = [];
  for (const r of routes) {
    if (!r.permissions.length) problems.push(`${r.pattern}: no permission declared`);
    for (const p of r.permissions) if (!PERMISSIONS.includes(p)) problems.push(`${r.pattern}: unknown permission "${p}"`);
    if (r.permissions.every((p) => PERMISSIONS.includes(p)) && !ROLES.some((role) => holds(role, r.permissions))) {
      problems.push(`${r.pattern}: no role holds ${r.permissions.join(' + ')}, so nobody can call it`);
    }
  }
  return problems;
}

/** Unwraps optional / nullable / default / pipe wrappers to the schema that judges the value. */
function inner(schema: z.ZodType): z.ZodType {
  let s = schema as z.ZodType & { def: { innerType?: z.ZodType; in?: z.ZodType; type: string } };
  for (let i = 0; i < 10; i++) {
    const def = s.def;
    if (def.innerType) s = def.innerType as typeof s;
    else if (def.type === 'pipe' && def.in) s = def.in as typeof s;
    else break;
  }
  return s;
}

/** A value the schema takes for a path or query parameter: a new uuid (an id nobody has), a year, a date (2/9, a badge occasion), the first option of an enum. */
export function sampleParam(schema: z.ZodType | undefined): string {
  const candidates = [randomUUID(), '2023', '2023-09-02', '1'];
  const s = schema ? inner(schema) : undefined;
  const options = (s as unknown as { options?: unknown[] })?.options;
  if (Array.isArray(options)) candidates.push(...options.map(String));
  return candidates.find((c) => !schema || schema.safeParse(c).success) ?? 'x';
}

const ORG_KEY = /^(orgId|orgIds|[a-z]+OrgIds?)$/;

/** Where a route names an organization: a key of its path, query or body (`orgId`, `toOrgId`, `servedOrgIds`…), or the `:id` of `orgs/:id…`. */
export interface OrgInput {
  part: 'params' | 'query' | 'body';
  key: string;
}

function bodyKeys(body: z.ZodType | undefined): string[] {
  if (!body) return [];
  const s = inner(body) as unknown as { shape?: Record<string, unknown>; def: { type: string; options?: z.ZodType[]; left?: z.ZodType; right?: z.ZodType } };
  if (s.shape) return Object.keys(s.shape);
  if (s.def.options) return [...new Set(s.def.options.flatMap((o) => bodyKeys(o)))];
  if (s.def.left && s.def.right) return [...bodyKeys(s.def.left), ...bodyKeys(s.def.right)];
  return [];
}

export function orgInputs(route: Route): OrgInput[] {
  const found: OrgInput[] = [];
  if (/^orgs\/:id(\/|$)/.test(route.path)) found.push({ part: 'params', key: 'id' });
  for (const key of Object.keys(route.params?.shape ?? {})) if (ORG_KEY.test(key)) found.push({ part: 'params', key });
  for (const key of Object.keys(route.query?.shape ?? {})) if (ORG_KEY.test(key)) found.push({ part: 'query', key });
  for (const key of bodyKeys(route.body)) if (ORG_KEY.test(key)) found.push({ part: 'body', key });
  return found;
}

/** The roles that see one organization's subtree. */
export const SCOPED_ROLES: readonly Role[] = ROLES.filter((r) => ROLE_DEFINITIONS[r].scoped);

/** A route a scoped role may call that names an organization: it needs a scope case. */
export const isScopedRoute = (route: Route, role: Role): boolean => holds(role, route.permissions) && orgInputs(route).length > 0;

/** The path with each parameter filled: `values` first, else a sample the schema takes. */
export function pathOf(route: Route, values: Record<string, string> = {}): string {
  const shape = (route.params?.shape ?? {}) as Record<string, z.ZodType>;
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(values[name] ?? sampleParam(shape[name])));
}

/**
 * The request the matrix sends: a GET with no query, or an empty body — authorization answers
 * before validation. An organization in the path is a real one (`orgId`), any other id one nobody has.
 */
export function probeRequest(route: Route, orgId: string): CaseRequest {
  const pathOrgs = Object.fromEntries(orgInputs(route).filter((i) => i.part === 'params').map((i) => [i.key, orgId]));
  return { method: route.method, url: pathOf(route, pathOrgs), ...(route.method === 'GET' ? {} : { body: {} }) };
}

/**
 * A scope case made from the declaration alone: a query that names the organization (or
 * `orgs/:id`) and no other entity id in the path, so the only thing the service can refuse is the
 * scope. Otherwise undefined: the route needs a written case.
 */
export function generatedScopeRequest(route: Route, orgId: string): CaseRequest | undefined {
  if (route.method !== 'GET') return undefined;
  const inputs = orgInputs(route);
  if (inputs.some((i) => i.part === 'body')) return undefined;
  const pathOrg = inputs.find((i) => i.part === 'params');
  const shape = (route.params?.shape ?? {}) as Record<string, z.ZodType>;
  // another id in the path (a round, a class…) would answer 404 before any scope check
  const otherIds = Object.keys(shape).filter((k) => k !== pathOrg?.key && z.uuid().safeParse(sampleParam(shape[k])).success);
  if (otherIds.length) return undefined;
  const queryOrg = inputs.find((i) => i.part === 'query');
  const params = new URLSearchParams();
  // what the query cannot do without (a year…), so that validation does not answer before the scope
  for (const [key, schema] of Object.entries((route.query?.shape ?? {}) as Record<string, z.ZodType>)) {
    if (key !== queryOrg?.key && !schema.safeParse(undefined).success) params.set(key, sampleParam(schema));
  }
  if (queryOrg) params.set(queryOrg.key, orgId);
  const query = params.size ? `?${params}` : '';
  return { method: 'GET', url: pathOf(route, pathOrg ? { [pathOrg.key]: orgId } : {}) + query };
}
