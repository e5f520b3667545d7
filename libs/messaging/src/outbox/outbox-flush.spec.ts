import { MikroORM } from '@mikro-orm/postgresql';
import { serviceOrmOptions } from '@party/database';
import { isolate, TEST_DATABASE_URL } from '@party/testing';
import { InboxEntry, MESSAGING_ENTITIES, MESSAGING_SUBSCRIBERS, OutboxMessage, recordEvent } from '../index';
import { ProbeRecorded } from '../__tests__/probe';

/**
 * The outbox rows of a transaction go to PostgreSQL as one statement at flush (`OutboxFlush`):
 * the same rows, in the same transaction as the command's other writes, in the order recorded.
 */
const iso = isolate('outboxflush');
let orm: MikroORM;
/** Multi-row inserts into the outbox (not the ORM's own `values` inserts) since the test began. */
let outboxInserts = 0;

beforeAll(async () => {
  orm = await MikroORM.init(
    serviceOrmOptions({ service: 'probe', entities: MESSAGING_ENTITIES, subscribers: MESSAGING_SUBSCRIBERS, migrationsDir: __dirname }, { databaseUrl: TEST_DATABASE_URL, schema: iso.schema, poolMax: 3 }),
  );
  await orm.em.getConnection().execute(`create schema if not exists "${iso.schema}"`);
  await orm.schema.createSchema();
  orm.em.getKnex().on('query', (q: { sql: string }) => {
    if (/^insert into "[^"]+"\."outbox" .* from json_populate_recordset/is.test(q.sql)) outboxInserts++;
  });
});

afterAll(async () => {
  await orm?.em.getConnection().execute(`drop schema if exists "${iso.schema}" cascade`);
  await orm?.close(true);
});

let batch = 0;
/** A fresh `correlationId` per test, so each reads only its own rows. */
function record(em: Parameters<typeof recordEvent>[0], correlationId: string, from: number, to: number) {
  return Array.from({ length: to - from }, (_, i) => recordEvent(em, ProbeRecorded, { data: { n: from + i }, occurredOn: '2023-12-31', correlationId }).id);
}

async function rowsOf(correlationId: string): Promise<{ id: string; n: number }[]> {
  const rows = await orm.em.fork().execute<{ id: string; envelope: { data: { n: number } } }[]>(
    `select id, envelope from "${iso.schema}"."outbox" where correlation_id = ? order by published_at, id`,
    [correlationId],
  );
  return rows.map((r) => ({ id: r.id, n: r.envelope.data.n }));
}

describe('outbox rows written at flush, one statement per transaction', () => {
  let corr: string;
  beforeEach(() => {
    corr = `outbox-flush-${++batch}`;
    outboxInserts = 0;
  });

  it('writes a transaction of 150 events in one insert, in the order they were recorded', async () => {
    const ids = await orm.em.fork().transactional(async (em) => record(em, corr, 0, 150));
    expect(outboxInserts).toBe(1);
    const rows = await rowsOf(corr);
    // the relay's order (published_at, id) is the order of recording
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 150 }, (_, n) => n));
    expect(rows.map((r) => r.id)).toEqual(ids);
    const [row] = await orm.em.fork().find(OutboxMessage, { id: ids[7] });
    expect(row).toMatchObject({ type: ProbeRecorded.type, version: 1, subject: ProbeRecorded.subject, occurredOn: '2023-12-31', orgId: null, correlationId: corr, publishedAt: null });
    expect(row.envelope).toMatchObject({ id: ids[7], data: { n: 7 }, correlationId: corr });
    expect(row.recordedAt).toBeInstanceOf(Date);
  });

  it('leaves no row when the transaction rolls back, even after its rows were flushed', async () => {
    await expect(
      orm.em.fork().transactional(async (em) => {
        record(em, corr, 0, 20);
        await em.flush();
        expect(outboxInserts).toBe(1);
        throw new Error('the command refuses after writing');
      }),
    ).rejects.toThrow('the command refuses');
    expect(await rowsOf(corr)).toEqual([]);
  });

  it('leaves no row when another write of the same flush fails', async () => {
    const eventId = '01890000-0000-7000-8000-000000000001';
    await orm.em.fork().transactional(async (em) => em.persist(Object.assign(new InboxEntry(), { consumer: corr, eventId, type: 'probe' })));
    await expect(
      orm.em.fork().transactional(async (em) => {
        record(em, corr, 0, 5);
        em.persist(Object.assign(new InboxEntry(), { consumer: corr, eventId, type: 'probe' }));
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await rowsOf(corr)).toEqual([]);
  });

  it('lets the transaction read its rows back before commit, and writes each once', async () => {
    await orm.em.fork().transactional(async (em) => {
      record(em, corr, 0, 3);
      // a find of outbox rows flushes the pending ones first (auto flush), as with the ORM's inserts
      expect((await em.find(OutboxMessage, { correlationId: corr }, { orderBy: { id: 'asc' } })).map((m) => (m.envelope.data as { n: number }).n)).toEqual([0, 1, 2]);
      record(em, corr, 3, 5);
    });
    expect((await rowsOf(corr)).map((r) => r.n)).toEqual([0, 1, 2, 3, 4]);
    expect(outboxInserts).toBe(2);
  });

  it('keeps order across the flushes of one transaction', async () => {
    await orm.em.fork().transactional(async (em) => {
      record(em, corr, 0, 10);
      await em.flush();
      record(em, corr, 10, 20);
    });
    expect((await rowsOf(corr)).map((r) => r.n)).toEqual(Array.from({ length: 20 }, (_, n) => n));
  });

  it('leaves a flush outside a transaction to the ORM, which writes the rows in its own', async () => {
    const em = orm.em.fork();
    record(em, corr, 0, 3);
    await em.flush();
    expect((await rowsOf(corr)).map((r) => r.n)).toEqual([0, 1, 2]);
    expect(outboxInserts).toBe(0);
  });
});
