import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import {
  BadgeAwarded,
  CardReissued,
  ClassOpened,
  ClassUpdated,
  Envelope,
  envelopeSchema,
  OrganizationDissolved,
  OrganizationHandedOver,
  OrganizationMerged,
  OrganizationSplit,
  PersonSent,
  RegistrationMade,
  SecretarySessionAttended,
  StudentEnrolled,
  TransferCompleted,
} from '@party/contracts';
import { applyInOrder, type EventHandler } from '@party/messaging';
import { deriveOrgVersions, OrgEventRow } from '@party/org-replica';
import { reportingConsumerSpecs } from '../../projection/consumers';
import { recountMemberCountersSql } from '../../projection/member-counters';
import { deriveMemberIntervals, MemberEventRow } from '../../projection/member-intervals';
import { personKey } from '../../projection/person-key';
import type { Aggregate, BenchEvent } from './synthetic-bloc';

/**
 * Two ways of putting the synthetic events into the reporting read model:
 *
 * - `applyThroughHandlers`: every event through the reporting consumers' own handlers, 100 per
 *   transaction as the durable consumer batches them, in runs where a handler takes them (what a replay from the streams does, minus
 *   NATS and the inbox). Exact, ≈ 1 ms an event: for the test and small scales.
 * - `bulkLoad`: the same rows, computed in bulk: each event's data parsed by its handler's zod
 *   schema, its row mapped as the handler maps it, the intervals and versions derived by the
 *   projection's own pure functions (`deriveMemberIntervals`, `deriveOrgVersions`) over all the
 *   events of a person / an organization, and the rows inserted many thousands at a time; the
 *   whole bloc's counters then counted from those rows (`recountMemberCountersSql`).
 *   The test `year-end.bench.spec.ts` proves both give the same tables.
 *
 * The inbox rows of the consumers are not written: no report reads them.
 */

const HANDLERS: ReadonlyMap<string, EventHandler<any>> = new Map(reportingConsumerSpecs().flatMap((s) => s.handlers.map((h) => [h.event.type, h] as const)));

function parsed(e: BenchEvent): { type: string; data: any; envelope: BenchEvent['envelope'] } {
  const handler = HANDLERS.get(e.envelope.type);
  if (!handler) throw new Error(`No reporting handler for ${e.envelope.type}`);
  return { type: e.envelope.type, data: handler.event.schema.parse(e.envelope.data), envelope: e.envelope };
}

export async function applyThroughHandlers(orm: MikroORM, aggregates: Iterable<Aggregate>, batch = 100): Promise<number> {
  let pending: BenchEvent[] = [];
  let applied = 0;
  const flush = async () => {
    const events = pending;
    pending = [];
    await orm.em.fork().transactional(async (tx) => {
      const items = events.map((e) => {
        envelopeSchema.parse(e.envelope);
        const handler = HANDLERS.get(e.envelope.type);
        if (!handler) throw new Error(`No reporting handler for ${e.envelope.type}`);
        return { event: { ...e.envelope, data: handler.event.schema.parse(e.envelope.data) } as Envelope, handler };
      });
      // runs of events to the handlers that take them, as the durable consumer applies a batch
      await applyInOrder(items, tx as EntityManager);
    });
    applied += events.length;
  };
  for (const a of aggregates) {
    pending.push(...a.events);
    if (pending.length >= batch) await flush();
  }
  if (pending.length) await flush();
  return applied;
}

/** Column name and PostgreSQL type, in insert order. */
type Columns = readonly (readonly [string, string])[];
const TABLES = {
  org_event: [
    ['event_id', 'uuid'], ['org_id', 'text'], ['type', 'text'], ['occurred_on', 'date'], ['recorded_at', 'timestamptz'], ['kind', 'text'],
    ['grassroots', 'boolean'], ['name', 'text'], ['parent_id', 'text'], ['origin', 'text'], ['ends', 'boolean'],
  ],
  org_version: [['org_id', 'text'], ['seq', 'int'], ['kind', 'text'], ['grassroots', 'boolean'], ['name', 'text'], ['parent_id', 'text'], ['valid_from', 'date'], ['valid_to', 'date']],
  member_fact: [
    ['event_id', 'uuid'], ['person_id', 'text'], ['type', 'text'], ['occurred_on', 'date'], ['recorded_at', 'timestamptz'], ['org_id', 'text'], ['detail', 'text'],
    ['from_org_id', 'text'], ['to_org_id', 'text'], ['in_bloc', 'boolean'],
  ],
  member_interval: [['person_id', 'text'], ['seq', 'int'], ['org_id', 'text'], ['valid_from', 'date'], ['valid_to', 'date']],
  training_class: [
    ['class_id', 'uuid'], ['course_type_code', 'text'], ['category', 'text'], ['opened_on', 'date'], ['cohort_label', 'text'], ['served_org_ids', 'text'], ['state_recorded_at', 'timestamptz'],
  ],
  training_enrollment: [['enrollment_id', 'uuid'], ['class_id', 'uuid'], ['enrolled_on', 'date'], ['org_id', 'text'], ['person_key', 'text']],
  training_registration: [['registration_id', 'uuid'], ['course_type_code', 'text'], ['category', 'text'], ['for_year', 'int'], ['registered_on', 'date'], ['org_id', 'text'], ['person_key', 'text']],
  training_sending: [['sending_id', 'uuid'], ['course_type_code', 'text'], ['category', 'text'], ['sent_on', 'date'], ['org_id', 'text'], ['person_key', 'text']],
  training_secretary_attendance: [['attendance_id', 'uuid'], ['session_id', 'uuid'], ['course_type_code', 'text'], ['category', 'text'], ['held_on', 'date'], ['org_id', 'text'], ['person_key', 'text']],
} as const satisfies Record<string, Columns>;
type Table = keyof typeof TABLES;

const ENDS = new Set([OrganizationMerged.type, OrganizationSplit.type, OrganizationDissolved.type, OrganizationHandedOver.type]);
/** `recorded_at` as the handlers read it back to order facts (UTC, microseconds). */
const recordedKey = (iso: string) => (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(iso) ? iso : new Date(iso).toISOString()).slice(0, 23) + '000';

export interface BulkLoadResult {
  events: number;
  rows: Record<Table, number>;
}

/**
 * Inserts the read model's rows for `aggregates` into `schema` (migrated, empty), `flushRows` rows
 * a statement (`insert … select * from unnest($1::uuid[], …)`), two statements in flight while the
 * next rows are computed; the secondary indexes are built once the rows are in.
 */
export async function bulkLoad(databaseUrl: string, schema: string, aggregates: Iterable<Aggregate>, flushRows = 20_000): Promise<BulkLoadResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  // the tables' secondary indexes (whatever the migrations made) are dropped and made again after the rows, as a restore does
  const { rows: indexes } = await pool.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
      where i.schemaname = $1 and i.tablename = any($2::text[])
        and not exists (select from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = $1 and c.conname = i.indexname)`,
    [schema, Object.keys(TABLES)],
  );
  for (const i of indexes) await pool.query(`drop index "${schema}"."${i.name}"`);
  const buffers = Object.fromEntries(Object.keys(TABLES).map((t) => [t, [] as unknown[][]])) as Record<Table, unknown[][]>;
  const rows = Object.fromEntries(Object.keys(TABLES).map((t) => [t, 0])) as Record<Table, number>;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let events = 0;
  // the latest state of each class, as the upsert keeps it
  const classes = new Map<string, unknown[]>();
  // each organization's versions, for a member fact's place in the tree on its date (the generator yields the organizations first)
  const versionsOf = new Map<string, { validFrom: string; validTo: string | null }[]>();
  const inTreeOn = (orgId: string | null, date: string) =>
    !!orgId && (versionsOf.get(orgId) ?? []).some((v) => v.validFrom <= date && (v.validTo === null || v.validTo >= date));
  let peopleSeen = false;

  const insert = (table: Table, batch: unknown[][]) => {
    const cols = TABLES[table] as Columns;
    const arrays = cols.map((_, i) => batch.map((row) => row[i]));
    // text[] columns travel as JSON (an array of arrays would not unnest)
    const select = cols.map(([name, type], i) => (name === 'served_org_ids' ? `array(select jsonb_array_elements_text(x.c${i}::jsonb))` : `x.c${i}::${type}`)).join(', ');
    const unnest = cols.map(([name, type], i) => `$${i + 1}::${name === 'served_org_ids' ? 'text' : type}[]`).join(', ');
    const text = `insert into "${schema}"."${table}" (${cols.map(([c]) => c).join(', ')})
      select ${select} from unnest(${unnest}) as x(${cols.map((_, i) => `c${i}`).join(', ')})`;
    return pool.query(text, arrays).then(() => undefined);
  };
  const flush = async (table: Table, force = false) => {
    const buf = buffers[table];
    if (!buf.length || (!force && buf.length < flushRows)) return;
    buffers[table] = [];
    rows[table] += buf.length;
    while (inFlight.size >= 2) await Promise.race(inFlight);
    if (failure) throw failure;
    const p: Promise<void> = insert(table, buf).then(
      () => void inFlight.delete(p),
      (err) => {
        failure = err;
        inFlight.delete(p);
      },
    );
    inFlight.add(p);
  };
  const push = async (table: Table, row: unknown[]) => {
    buffers[table].push(row);
    if (buffers[table].length >= flushRows) await flush(table);
  };

  try {
    for (const a of aggregates) {
      events += a.events.length;
      const facts = a.events.map((e) => {
        envelopeSchema.parse(e.envelope);
        return parsed(e);
      });
      if (a.kind === 'org') {
        if (peopleSeen) throw new Error('bulkLoad needs every organization before the members');
        const orgRows: OrgEventRow[] = [];
        for (const { type, data, envelope } of facts) {
          const ends = ENDS.has(type);
          await push('org_event', [envelope.id, data.orgId, type, envelope.occurredOn, envelope.recordedAt, data.kind, data.grassroots, data.name, data.parentId, data.origin ?? null, ends]);
          orgRows.push({ eventId: envelope.id, occurredOn: envelope.occurredOn, recordedAt: recordedKey(envelope.recordedAt), kind: data.kind, grassroots: data.grassroots, name: data.name, parentId: data.parentId, ends });
        }
        for (const [orgId, list] of groupBy(orgRows, (_, i) => facts[i].data.orgId)) {
          const versions = deriveOrgVersions(list);
          versionsOf.set(orgId, versions);
          for (const v of versions) await push('org_version', [orgId, v.seq, v.kind, v.grassroots, v.name, v.parentId, v.validFrom, v.validTo]);
        }
      } else if (a.kind === 'person') {
        peopleSeen = true;
        const memberRows: MemberEventRow[] = [];
        for (const { type, data, envelope } of facts) {
          const detail = type === TransferCompleted.type ? data.kind : type === CardReissued.type ? data.reason : type === BadgeAwarded.type ? String(data.level) : null;
          const from = type === TransferCompleted.type ? data.fromOrgId : null;
          const to = type === TransferCompleted.type ? data.toOrgId : null;
          await push('member_fact', [envelope.id, data.personId, type, envelope.occurredOn, envelope.recordedAt, data.orgId, detail, from, to, inTreeOn(data.orgId, envelope.occurredOn)]);
          memberRows.push({ eventId: envelope.id, type, occurredOn: envelope.occurredOn, recordedAt: recordedKey(envelope.recordedAt), orgId: data.orgId, detail, toOrgId: to });
        }
        for (const [personId, list] of groupBy(memberRows, (_, i) => facts[i].data.personId)) {
          for (const v of deriveMemberIntervals(list)) await push('member_interval', [personId, v.seq, v.orgId, v.validFrom, v.validTo]);
        }
      } else {
        for (const { type, data, envelope } of facts) {
          if (type === ClassOpened.type || type === ClassUpdated.type) {
            const prev = classes.get(data.classId);
            if (!prev || String(prev[6]) <= envelope.recordedAt) {
              classes.set(data.classId, [data.classId, data.courseTypeCode, data.category, data.openedOn, data.cohortLabel, JSON.stringify(data.servedOrgIds), envelope.recordedAt]);
            }
          } else if (type === StudentEnrolled.type) {
            await push('training_enrollment', [data.enrollmentId, data.classId, data.enrolledOn, data.orgId, personKey(data.person, data.enrollmentId)]);
          } else if (type === RegistrationMade.type) {
            await push('training_registration', [data.registrationId, data.courseTypeCode, data.category, data.forYear, data.registeredOn, data.orgId, personKey(data.person, data.registrationId)]);
          } else if (type === PersonSent.type) {
            await push('training_sending', [data.sendingId, data.courseTypeCode, data.category, data.sentOn, data.orgId, personKey(data.person, data.sendingId)]);
          } else if (type === SecretarySessionAttended.type) {
            await push('training_secretary_attendance', [data.attendanceId, data.sessionId, data.courseTypeCode, data.category, data.heldOn, data.orgId, personKey(data.person, data.attendanceId)]);
          } else throw new Error(`bulkLoad does not map ${type}`);
        }
      }
    }
    for (const c of classes.values()) buffers.training_class.push(c);
    for (const table of Object.keys(TABLES) as Table[]) await flush(table, true);
    await Promise.all(inFlight);
    if (failure) throw failure;
    await Promise.all(indexes.map((i) => pool.query(i.def)));
    // the counters the handlers maintain fact by fact, counted from the rows in one pass
    for (const statement of recountMemberCountersSql(schema)) await pool.query(statement);
    return { events, rows };
  } finally {
    await Promise.allSettled(inFlight);
    await pool.end();
  }
}

function groupBy<T>(xs: T[], key: (x: T, i: number) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  xs.forEach((x, i) => {
    const k = key(x, i);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  });
  return m;
}
