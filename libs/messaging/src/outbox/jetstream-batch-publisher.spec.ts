import { headers as natsHeaders, NatsConnection } from 'nats';
import { deleteTestStreams, isolate, TEST_NATS_URL } from '@party/testing';
import { connectNats } from '../jetstream/connection';
import { JetStreamBatchPublisher, Publication } from './jetstream-batch-publisher';

const iso = isolate('batchpub');
const stream = `${iso.natsPrefix.toUpperCase()}_PUB`;
let nc: NatsConnection;

beforeAll(async () => {
  nc = await connectNats({ url: TEST_NATS_URL, name: 'batch-publisher-test' });
  await (await nc.jetstreamManager()).streams.add({ name: stream, subjects: [`${iso.natsPrefix}.pub.>`] });
});

afterAll(async () => {
  await deleteTestStreams(iso.natsPrefix);
  await nc?.close();
});

function publication(subject: string, msgId: string): Publication {
  const headers = natsHeaders();
  headers.set('Nats-Msg-Id', msgId);
  return { subject, data: JSON.stringify({ msgId }), headers };
}

it('reports each publication: stored in the order sent, a republish as stored, a subject no stream takes as a failure', async () => {
  const publisher = new JetStreamBatchPublisher(nc);
  try {
    const ok = Array.from({ length: 300 }, (_, i) => publication(`${iso.natsPrefix}.pub.a`, `m${i}`));
    expect(await publisher.publishAll(ok, 5000)).toEqual(ok.map(() => null));

    const outcomes = await publisher.publishAll([publication(`${iso.natsPrefix}.pub.a`, 'm7'), publication(`${iso.natsPrefix}.nowhere`, 'x'), publication(`${iso.natsPrefix}.pub.b`, 'm300')], 5000);
    expect(outcomes[0]).toBeNull(); // within the duplicate window: already stored, not stored twice
    expect(outcomes[1]).toMatch(/^503/);
    expect(outcomes[2]).toBeNull();

    const jsm = await nc.jetstreamManager();
    expect((await jsm.streams.info(stream)).state.messages).toBe(301);
    for (const seq of [1, 150, 300]) expect((await jsm.streams.getMessage(stream, { seq })).json()).toEqual({ msgId: `m${seq - 1}` });
  } finally {
    publisher.close();
  }
});

it('fails what is not acknowledged in time instead of waiting for ever', async () => {
  // a listener that is no stream: there is interest (no 503), and no acknowledgement ever
  const silent = nc.subscribe(`${iso.natsPrefix}.silent`);
  const publisher = new JetStreamBatchPublisher(nc);
  try {
    expect(await publisher.publishAll([publication(`${iso.natsPrefix}.silent`, 'late')], 200)).toEqual(['no acknowledgement within 200 ms']);
  } finally {
    publisher.close();
    silent.unsubscribe();
  }
});
