import { AuditEntry } from '@party/database';
import { PersonReplica } from '@party/org-replica';
import { useStack } from '@party/gateway/testing';
import { cadreOrm } from './cadre.orm';

/**
 * The audit log (issue 16) over the real system, on cadre in-process with membership as its own
 * process: a change and its audit row, read through `GET /api/audit/<service>` by the
 * administrator and the Standing Committee only; a vetting case's before/after left out for the
 * administrator (no vetting:read); and the table itself refusing UPDATE, DELETE and TRUNCATE.
 */
const CADRE = { service: 'cadre' as const, orm: cadreOrm, loadModule: () => require('./app.module').AppModule };
const stack = useStack({ label: 'audit', service: CADRE, processes: ['membership'] });
const { post, get, em } = stack;

const ids: Record<string, string> = {};
const tok: Record<string, string> = {};

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '1990-01-01' }));
  tok.standing = await stack.login('thuongvu');
  tok.admin = await stack.login('admin');
  tok.ubkt = await stack.login('ubkt');
  tok.viewer = await stack.login('viewer');
  tok.secretary = await stack.world.secretary(ids.db1);
  ids.an = await stack.world.member({ fullName: 'Nguyễn Văn An', dateOfBirth: '1975-04-04', orgId: ids.cell1 });
  await stack.world.caughtUp(async () => !!(await em().findOne(PersonReplica, { personId: ids.an }))?.fullName, 'cadre to know An');
  ids.case = (await post('/cadre/vetting/cases', { personId: ids.an, purpose: 'planning', openedOn: '2023-02-01' }).expect(201)).body.id;
}, 240_000);

describe('reading the audit log', () => {
  it('shows the Standing Committee a vetting case opened, who, when and its before/after', async () => {
    const page = (await get(`/audit/cadre?entity=vetting_case&entityId=${ids.case}`, tok.standing).expect(200)).body;
    expect(page).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(page.items[0]).toMatchObject({ action: 'vetting.open', entity: 'vetting_case', entityId: ids.case, actorName: 'bantochuc', before: null, redacted: false });
    expect(page.items[0].after).toMatchObject({ personId: ids.an });
    expect(Date.parse(page.items[0].at)).toBeGreaterThan(Date.now() - 600_000);
  });

  it('shows the administrator the same row with its before/after left out (no vetting:read), and the rest in full', async () => {
    const [row] = (await get(`/audit/cadre?entity=vetting_case&entityId=${ids.case}`, tok.admin).expect(200)).body.items;
    expect(row).toMatchObject({ action: 'vetting.open', entityId: ids.case, actorName: 'bantochuc', before: null, after: null, redacted: true });
    // membership's organizations are not confidential: the administrator reads them whole
    const orgs = (await get(`/audit/membership?entity=organization&entityId=${ids.cell1}`, tok.admin).expect(200)).body.items;
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs[0]).toMatchObject({ entity: 'organization', redacted: false, after: expect.anything() });
  });

  it('filters by actor, action and days (Vietnam time), newest first, paged', async () => {
    const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
    expect((await get(`/audit/cadre?actor=bantoc&action=vetting.open&from=${today}&to=${today}`, tok.standing).expect(200)).body.total).toBe(1);
    expect((await get(`/audit/cadre?actor=admin`, tok.standing).expect(200)).body.total).toBe(0);
    expect((await get(`/audit/cadre?to=2000-01-01`, tok.standing).expect(200)).body.total).toBe(0);
    const all = (await get('/audit/membership?pageSize=2', tok.standing).expect(200)).body;
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    expect(all.items[0].at >= all.items[1].at).toBe(true);
    const bad = (await get('/audit/cadre?from=2024-02-01&to=2024-01-01', tok.standing).expect(400)).body;
    expect(bad.fields.map((f: { field: string }) => f.field)).toEqual(['to']);
  });

  it('is closed to every other role', async () => {
    for (const who of ['ubkt', 'viewer', 'secretary']) await get('/audit/cadre', tok[who]).expect(403);
    await get('/audit/membership').expect(403); // the Organization Board
    await stack.gw.http().get('/api/audit/cadre').expect(401);
  });
});

describe('the audit log in the database', () => {
  const table = () => `"${stack.iso.schema}"."audit_log"`;

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const count = await em().count(AuditEntry, {});
    expect(count).toBeGreaterThan(0);
    await expect(em().getConnection().execute(`update ${table()} set actor_name = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(em().getConnection().execute(`delete from ${table()}`)).rejects.toThrow(/append-only/);
    await expect(em().getConnection().execute(`truncate ${table()}`)).rejects.toThrow(/append-only/);
    expect(await em().count(AuditEntry, { actorName: 'someone else' })).toBe(0);
    expect(await em().count(AuditEntry, {})).toBe(count);
  });

  it('lets only the demo reset empty it, in a transaction that says so (then rolled back here)', async () => {
    const count = await em().count(AuditEntry, {});
    const rollback = new Error('rollback');
    await expect(
      em().transactional(async (tx) => {
        await tx.execute(`set local party.audit_reset = 'on'`);
        await tx.execute(`truncate ${table()}`);
        expect(await tx.count(AuditEntry, {})).toBe(0);
        // the setting opens TRUNCATE only
        await expect(tx.execute(`delete from ${table()}`)).rejects.toThrow(/append-only/);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await em().count(AuditEntry, {})).toBe(count);
  });
});
