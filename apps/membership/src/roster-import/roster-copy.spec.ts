import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { Principal, RegisterExistingMemberInput, todayInVietnam } from '@party/contracts';
import { copyEntities, insertEntities } from '@party/database';
import { OutboxMessage } from '@party/messaging';
import { UnitOfWork } from '@party/service-kit';
import { disposeOrm, isolate, migratedOrm } from '@party/testing';
import { membershipOrm } from '../membership.orm';
import { Organization } from '../organizations/organization.entity';
import { recordExistingMember } from '../people/existing-member';

/**
 * The commit's COPY (`copyEntities`) writes, row for row and byte for byte, what the inserts it
 * replaced (`insertEntities`) wrote for the same records — a roster's people, their events,
 * audit rows and cards, text that COPY's own syntax would misread, an array column — and a
 * failure on its last row leaves none of them.
 */
const iso = isolate('rostercopy');
let orm: MikroORM;
const board: Principal = { userId: 'u-board', username: 'bantochuc', roles: ['org_board'], permissions: [], orgScopeId: null };
const TABLES = ['person', 'outbox', 'audit_log', 'party_card', 'organization'] as const;

beforeAll(async () => {
  orm = await migratedOrm(membershipOrm, iso.schema);
}, 60_000);
afterAll(() => disposeOrm(orm));

/** A unit of work that only gathers what a command adds (the roster commit's records). */
class Gathering extends UnitOfWork {
  readonly added: object[] = [];
  override add(entity: object): void {
    this.added.push(entity);
  }
}

const orgId = uuidv7();
const row = (n: number, over: Partial<RegisterExistingMemberInput> = {}): RegisterExistingMemberInput => ({
  fullName: `Nguyễn Văn Thứ ${n}`,
  dateOfBirth: '1980-05-05',
  gender: 'male',
  citizenId: String(400000000000 + n),
  ethnicity: 'kinh',
  religion: 'none',
  hometown: 'Hà Nội',
  generalEducation: '12/12',
  professionalEducation: null,
  theoryLevel: null,
  occupation: null,
  position: null,
  orgId,
  admissionDecisionDate: '2005-03-01',
  admissionDecisionNumber: '15-QĐ/ĐUK',
  ceremonyDate: '2005-03-20',
  officialDate: '2006-03-20',
  cardNumber: null,
  cardIssuedOn: null,
  ...over,
});

function recordsOf(inputs: RegisterExistingMemberInput[]): object[] {
  const u = new Gathering(orm.em.fork(), board, uuidv7());
  const facts = { today: todayInVietnam(), scope: null, versions: new Map(), takenCitizenIds: new Set<string>(), takenCardNumbers: new Set<string>() };
  for (const input of inputs) recordExistingMember(u, input, facts);
  u.audit('roster.imported', 'roster_import', uuidv7(), null, { note: 'tab\there, back\\slash, "quoted"\nnext line, \\N as text' });
  return u.added;
}

/** Every row of the tables written, as PostgreSQL answers them in JSON. */
async function rowsIn(em: EntityManager): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = (await em.execute<{ r: string }[]>(`select row_to_json(t)::text as r from "${iso.schema}"."${t}" t order by id`)).map((r) => JSON.parse(r.r));
  return out;
}

/** What `write` leaves in the tables inside a transaction, rolled back after. */
async function writtenBy(write: (em: EntityManager, rows: object[]) => Promise<void>, records: object[]): Promise<Record<string, unknown[]>> {
  const rollback = new Error('rollback');
  let rows: Record<string, unknown[]> = {};
  await orm.em
    .fork()
    .transactional(async (em) => {
      await write(em, records);
      rows = await rowsIn(em);
      throw rollback;
    })
    .catch((err) => {
      if (err !== rollback) throw err;
    });
  return rows;
}

it('writes exactly the rows the inserts wrote, escapes and arrays included', async () => {
  const awkward = 'Lê\tThị \\ "Nháy" \\N\r\nDòng hai';
  const records = [
    ...recordsOf([
      row(1, { occupation: awkward, position: 'C:\\Users\\ban to chuc', cardNumber: '01000001', cardIssuedOn: '2007-06-01' }),
      row(2, { officialDate: null, ceremonyDate: null, hometown: 'Quảng Trị; {Vĩnh Linh}, "Gio Linh"' }),
      row(3, { fullName: 'Đặng  Thị   Mẫu' }),
    ]),
    Object.assign(new Organization(), { kind: 'grassroots_cell', origin: 'split', establishedOn: '2008-03-01', status: 'split', endedOn: '2020-01-01', receivedFrom: awkward, successorIds: [uuidv7(), uuidv7()] }),
    Object.assign(new Organization(), { kind: 'grassroots_cell', origin: 'new', establishedOn: '2009-03-01' }),
  ];
  const inserted = await writtenBy(insertEntities, records);
  const copied = await writtenBy(copyEntities, records);
  expect(Object.fromEntries(TABLES.map((t) => [t, inserted[t].length]))).toEqual({ person: 3, outbox: 7, audit_log: 5, party_card: 1, organization: 2 });
  expect(copied).toEqual(inserted);
  expect(copied.person.map((p) => (p as { occupation: string | null }).occupation)).toEqual([awkward, null, null]);
});

it('leaves nothing when its last row breaks a unique index, and says so as the ORM would (the commit answers 409)', async () => {
  const taken = String(400000000099);
  await orm.em.fork().transactional((em) => copyEntities(em, recordsOf([row(99)])));
  const records = recordsOf([...Array.from({ length: 1500 }, (_, i) => row(1000 + i)), row(2999, { citizenId: taken })]);
  const before = await rowsIn(orm.em.fork());
  const failed = await orm.em
    .fork()
    .transactional((em) => copyEntities(em, records))
    .then(
      () => null,
      (err: unknown) => err,
    );
  expect(failed).toBeInstanceOf(UniqueConstraintViolationException);
  expect(await rowsIn(orm.em.fork())).toEqual(before);
  // the pool's connection came back usable
  expect(await orm.em.fork().execute('select 1 as one')).toEqual([{ one: 1 }]);
}, 60_000);

/** A unit of work that also remembers every record it was given. */
class Remembering extends UnitOfWork {
  readonly all: object[] = [];
  override add(entity: object): void {
    this.all.push(entity);
    super.add(entity);
  }
}

const noFacts = () => ({ today: todayInVietnam(), scope: null, versions: new Map(), takenCitizenIds: new Set<string>(), takenCardNumbers: new Set<string>() });

it('writes the same rows when the events go to COPY as they are built (copyAsBuilt, several slices) and the rest after', async () => {
  const inputs = Array.from({ length: 600 }, (_, i) => row(6000 + i, i % 3 ? { cardNumber: String(5000000 + i), cardIssuedOn: '2007-06-01' } : {}));
  const before = await rowsIn(orm.em.fork());
  let records: object[] = [];
  const streamed = await writtenBy(async (em) => {
    const u = new Remembering(em, board, uuidv7());
    await u.copyAsBuilt(OutboxMessage, inputs, (input) => recordExistingMember(u, input, noFacts()));
    u.audit('roster.imported', 'roster_import', uuidv7(), null, { rows: inputs.length });
    await u.flushBulk();
    records = u.all;
  }, []);
  expect(streamed.outbox.length - before.outbox.length).toBe(600 * 2 + 400);
  expect(await writtenBy(insertEntities, records)).toEqual(streamed);
}, 60_000);

it('leaves nothing when building a record fails half-way through the events being written', async () => {
  const before = await rowsIn(orm.em.fork());
  const inputs = Array.from({ length: 600 }, (_, i) => row(7000 + i));
  const failed = await orm.em
    .fork()
    .transactional(async (em) => {
      const u = new UnitOfWork(em, board, uuidv7());
      await u.copyAsBuilt(OutboxMessage, inputs, (input) => {
        if (input.citizenId.endsWith('7400')) throw new Error('a record that cannot be built');
        recordExistingMember(u, input, noFacts());
      });
      await u.flushBulk();
    })
    .then(
      () => null,
      (err: Error) => err.message,
    );
  expect(failed).toBe('a record that cannot be built');
  expect(await rowsIn(orm.em.fork())).toEqual(before);
}, 60_000);

it('refuses to write outside a transaction: the tables would be kept one by one', async () => {
  await expect(copyEntities(orm.em.fork(), recordsOf([row(5000)]))).rejects.toThrow('inside a transaction only');
});
