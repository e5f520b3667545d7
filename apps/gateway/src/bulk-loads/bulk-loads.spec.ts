import { MikroORM } from '@mikro-orm/postgresql';
import { AuditEntry } from '@party/database';
import { TestGateway, useTestGateway } from '../testing/gateway-harness';
import { systemStatus } from '../health/health.service';
import { BulkLoad } from './bulk-load.entity';

/**
 * A bulk load (the demo story, a migration) makes `/api/health` say `seeding` until it ends or
 * expires. The backend services are not running in this file, so health is `down` here; the
 * open loads still show, and `systemStatus` orders down > seeding > up.
 */
const gw = useTestGateway({ label: 'gwbulk' });
let admin: ReturnType<TestGateway['as']>;
const em = () => gw.app.get(MikroORM).em.fork();

beforeAll(async () => {
  admin = gw.as(await gw.login('admin'));
}, 60_000);

const health = async () => (await gw.http().get('/api/health')).body;

describe('/api/admin/bulk-loads', () => {
  it('shows an open load on /api/health until it ends, and audits both', async () => {
    const started = await admin.post('/admin/bulk-loads', { label: 'Dữ liệu mẫu 2023', expectedMinutes: 30 }).expect(201);
    expect((await health()).bulkLoads).toEqual([expect.objectContaining({ label: 'Dữ liệu mẫu 2023' })]);
    expect((await admin.get('/admin/bulk-loads').expect(200)).body).toHaveLength(1);
    const ended = await admin.post(`/admin/bulk-loads/${started.body.id}/end`).expect(200);
    expect(ended.body.endedAt).not.toBeNull();
    expect((await health()).bulkLoads).toBeUndefined();
    expect(await em().count(AuditEntry, { entity: 'bulk_load', entityId: started.body.id })).toBe(2);
    // ending twice is harmless
    await admin.post(`/admin/bulk-loads/${started.body.id}/end`).expect(200);
  });

  it('no longer counts a load whose loader died (expired)', async () => {
    const started = await admin.post('/admin/bulk-loads', { label: 'bỏ dở' }).expect(201);
    await em().nativeUpdate(BulkLoad, { id: started.body.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await health()).bulkLoads).toBeUndefined();
  });

  it('is for the admin only, and says what is wrong with a bad request', async () => {
    const board = gw.as(await gw.login('bantochuc'));
    await board.post('/admin/bulk-loads', { label: 'x' }).expect(403);
    const bad = await admin.post('/admin/bulk-loads', { label: ' ', expectedMinutes: 0 }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['expectedMinutes', 'label']);
    await admin.post('/admin/bulk-loads/not-a-uuid/end').expect(400);
    await admin.post('/admin/bulk-loads/0190f3c2-7b1e-7000-8000-000000000000/end').expect(404);
  });

  it('orders down before seeding before up', () => {
    expect(systemStatus(false, true)).toBe('down');
    expect(systemStatus(true, true)).toBe('seeding');
    expect(systemStatus(true, false)).toBe('up');
  });
});
