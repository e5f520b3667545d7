import fc from 'fast-check';
import { useStack } from '@party/gateway/testing';
import { AuditEntry } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { ALL_ROUTES, Route } from '@party/contracts';
import { validateInput } from '@party/service-kit';
import { countOf } from '@party/testing';
import { Candidate } from './candidates/candidate.entity';
import { Organization } from './organizations/organization.entity';
import { Person } from './people/person.entity';
import { MEMBERSHIP } from './testing/membership-under-test';

/**
 * Bad input through the real gateway to membership's commands, made up by fast-check from a good
 * body with one thing broken (a field dropped, a value of the wrong kind or out of range, a key
 * nobody declared, no object at all): always a 4xx with a message in both languages, never a 5xx,
 * and nothing written — no row, no event, no audit.
 */
const stack = useStack({ label: 'command_fuzz', service: MEMBERSHIP });
const written = stack.tables({ people: countOf(Person), candidates: countOf(Candidate), orgs: countOf(Organization), outbox: countOf(OutboxMessage), audit: countOf(AuditEntry) });
const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);
const route = (pattern: string) => ALL_ROUTES.find((r) => r.pattern === pattern) as Route;

interface Target {
  pattern: string;
  /** The address with its path parameters filled. */
  path: string;
  good: Record<string, unknown>;
}
const targets: Target[] = [];

beforeAll(async () => {
  const tree = await stack.world.tree();
  const [an, dao] = [await stack.world.member({ orgId: tree.cell1 }), await stack.world.member({ orgId: tree.cell1 })];
  const person = await stack.world.person({ orgId: tree.cell1 });
  const candidate = (await stack.post('/candidates', { personId: person, nominatedBy: 'youth-union', nominatedOn: '2024-01-10' }).expect(201)).body.id;
  targets.push(
    { pattern: 'membership.person.create', path: '/people', good: stack.world.personFields({ orgId: tree.cell1 }) },
    { pattern: 'membership.member.registerExisting', path: '/members/existing', good: { ...stack.world.personFields({ orgId: tree.cell1 }), admissionDecisionDate: '2005-03-01', ceremonyDate: '2005-03-20', officialDate: '2006-03-20' } },
    { pattern: 'membership.org.establish', path: '/orgs', good: { kind: 'dependent_cell', name: 'Chi bộ Thử', parentId: tree.db1, effectiveOn: '2020-01-01', decisionNumber: 'QĐ 1' } },
    { pattern: 'membership.candidate.recordVetting', path: `/candidates/${candidate}/vetting`, good: { status: 'concluded', concludedOn: '2024-02-01' } },
    { pattern: 'membership.candidate.listSympathizer', path: `/candidates/${candidate}/sympathizer`, good: { listedOn: '2024-02-01', mentorPersonId: an } },
    { pattern: 'membership.transfer.startInternal', path: '/transfers/internal', good: { personId: dao, toOrgId: tree.cb2, letterNumber: 'GGT 1', departedOn: '2024-02-01' } },
  );
}, 120_000);

const wrongValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ maxLength: 5000 }),
  fc.constantFrom('', '   ', '2024-02-30', '31/12/2023', '2999-01-01', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', -1, 0, 1e308, true, null, [], {}),
);

/** A good body with one thing broken. */
function broken(good: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(good);
  return fc.oneof(
    fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...keys), wrongValue).map(([k, v]) => ({ ...good, [k]: v })),
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k) && k !== '__proto__'), fc.jsonValue()).map(([k, v]) => ({ ...good, [k]: v })),
    fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.constant([good])),
  );
}

it('answers every broken command with a 4xx and its message, never a 5xx, and writes nothing', async () => {
  const before = await written();
  const statuses = new Map<number, number>();
  let runs = 0;
  for (const t of targets) {
    const r = route(t.pattern);
    const params = Object.fromEntries(Object.keys(r.params?.shape ?? {}).map((k) => [k, t.path.split('/').at(-2)]));
    await fc.assert(
      fc.asyncProperty(broken(t.good), async (body) => {
        // only input the service's own validation refuses: a mutation that happens to be valid would rightly write
        let valid = true;
        try {
          validateInput(r, { ...(Array.isArray(body) ? {} : (body as object)), ...params });
        } catch {
          valid = false;
        }
        fc.pre(!valid || Array.isArray(body));
        runs++;
        const res = await stack.post(t.path, body as object);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status < 400 || res.status >= 500) throw new Error(`${t.pattern}: ${res.status} for ${JSON.stringify(body).slice(0, 300)}`);
        expect(res.body.message.vi).toMatch(/\S/);
        expect(res.body.message.en).toMatch(/\S/);
      }),
      { numRuns: RUNS },
    );
  }
  console.log(`command fuzz: ${runs} broken requests over ${targets.length} membership commands → ${[...statuses].map(([s, n]) => `${n}× ${s}`).join(', ')}`);
  expect(await written()).toEqual(before);
});
