import { MikroORM } from '@mikro-orm/postgresql';
import type { NatsConnection } from 'nats';
import { NatsNames } from '@party/contracts';
import { DurableConsumer, silentLogger } from '@party/messaging';
import { NATS_CONNECTION } from '@party/service-kit';
import { waitFor } from '@party/testing';
import { startTestGateway, TestGateway } from '../testing/gateway-harness';

let gw: TestGateway;
let consumer: DurableConsumer;
let admin: string;
let nc: NatsConnection;

beforeAll(async () => {
  gw = await startTestGateway({ label: 'gwdlq' });
  admin = await gw.login('admin');
  nc = gw.app.get<NatsConnection>(NATS_CONNECTION);
  const names = new NatsNames(gw.iso.natsPrefix);
  // a consumer that cannot read what it is sent: the message is dead-lettered at once
  consumer = new DurableConsumer(gw.app.get(MikroORM), nc, names, { name: 'probe-dlq', source: 'membership', handlers: [] }, silentLogger);
  await consumer.start();
  await nc.jetstream().publish(names.subject('evt.membership.member.admitted.v1'), 'this is not JSON');
  await waitFor(() => consumer.stats.deadLettered === 1, { what: 'dead letter' });
});
afterAll(async () => {
  await consumer?.stop();
  await gw?.close();
});

const auth = (t: string) => ({ authorization: `Bearer ${t}` });

describe('/api/admin/dead-letters', () => {
  it('lists what a consumer gave up on, with why and where from', async () => {
    const res = await gw.http().get('/api/admin/dead-letters').set(auth(admin)).expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({ consumer: 'probe-dlq', attempts: 1, error: 'not JSON', eventId: null });
    expect(res.body.items[0].sourceSubject).toContain('evt.membership.member.admitted.v1');
  });

  it('is for the admin only', async () => {
    await gw.http().get('/api/admin/dead-letters').set(auth(await gw.login('bantochuc'))).expect(403);
    await gw.http().post('/api/admin/dead-letters/1/retry').set(auth(await gw.login('viewer'))).expect(403);
  });

  it('sends a dead letter back to its consumer on retry, and answers 404 for one that is gone', async () => {
    const { items } = (await gw.http().get('/api/admin/dead-letters').set(auth(admin)).expect(200)).body;
    const res = await gw.http().post(`/api/admin/dead-letters/${items[0].seq}/retry`).set(auth(admin)).expect(200);
    expect(res.body.retried.consumer).toBe('probe-dlq');
    // still not JSON: the consumer receives it again through its retry stream and dead-letters it anew
    await waitFor(() => consumer.stats.deadLettered === 2, { what: 'second dead letter' });
    await gw.http().post(`/api/admin/dead-letters/${items[0].seq}/retry`).set(auth(admin)).expect(404);
    await gw.http().post('/api/admin/dead-letters/abc/retry').set(auth(admin)).expect(400);
    expect((await gw.http().get('/api/admin/dead-letters').set(auth(admin)).expect(200)).body.total).toBe(1);
  });
});
