import { z } from 'zod';
import { defineRoute, Permission } from '@party/contracts';
import { declarationProblems, expectedFor, generatedScopeRequest, isScopedRoute, orgInputs, probeRequest } from './route-cases';
import { SCOPE_CASES } from './scope-cases';

/** The matrix's own guards: a route it cannot judge, or a scoped one without a case, fails it. */
const route = (over: Partial<Parameters<typeof defineRoute>[0]>) =>
  defineRoute({ service: 'membership', method: 'POST', path: 'things', pattern: 'membership.thing.make', permission: 'members:write', tag: 'members', summary: 'x', response: z.object({}), ...over });

describe('the matrix generator', () => {
  it('refuses a route whose permission is unknown, or held by no role', () => {
    expect(declarationProblems([route({ permission: 'things:fly' as Permission })])).toEqual([expect.stringContaining('unknown permission "things:fly"')]);
    expect(declarationProblems([route({ permission: ['users:manage', 'vetting:write'] })])).toEqual([expect.stringContaining('no role holds')]);
    expect(declarationProblems([route({})])).toEqual([]);
  });

  it('expects 401 without a token, 403 without the permission, and lets the holder through', () => {
    const r = route({ permission: 'vetting:write' });
    expect([null, 'org_board', 'secretary', 'viewer'].map((role) => expectedFor(r, role as never))).toEqual([401, 'allowed', 403, 403]);
  });

  it('finds the organization in a body, a query or an organization\'s own path, and asks a written case for a body', () => {
    const body = route({ body: z.strictObject({ toOrgId: z.uuid(), note: z.string() }) });
    expect(orgInputs(body)).toEqual([{ part: 'body', key: 'toOrgId' }]);
    expect(isScopedRoute(body, 'secretary')).toBe(true);
    expect(generatedScopeRequest(body, 'o')).toBeUndefined();
    expect(SCOPE_CASES[body.pattern]).toBeUndefined();

    const list = route({ method: 'GET', path: 'things', query: z.strictObject({ orgId: z.uuid().optional(), year: z.coerce.number().int() }) });
    expect(generatedScopeRequest(list, '0190b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b')?.url).toBe('things?year=2023&orgId=0190b3c4-5d6e-7f80-9a1b-2c3d4e5f6a7b');
    // another entity's id in the path would answer 404 first: written case needed
    expect(generatedScopeRequest(route({ method: 'GET', path: 'rounds/:id/things', params: z.strictObject({ id: z.uuid() }), query: z.strictObject({ orgId: z.uuid() }) }), 'o')).toBeUndefined();
    const org = route({ method: 'GET', path: 'orgs/:id', params: z.strictObject({ id: z.uuid() }) });
    expect(probeRequest(org, 'ORG').url).toBe('orgs/ORG');
  });
});
