import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadgeAwarded,
  CardIssued,
  CardReissued,
  Envelope,
  EventDefinition,
  EventOf,
  MemberAdmitted,
  MemberDied,
  MemberExpelled,
  MemberLeftParty,
  MemberMadeOfficial,
  MemberReassigned,
  MemberRegistered,
  MemberRemovedFromProbation,
  MemberStruckOff,
  TransferCompleted,
} from '@party/contracts';
import { lockKeys } from '@party/database';
import type { EventHandler } from '@party/messaging';
import { lockOrganizations } from '@party/org-replica';
import { applyFlowDeltas, applyStockChanges, CountedInterval, flowKeyOf, FlowDelta, inTreeOn, stockChanges } from './member-counters';
import { deriveMemberIntervals, INTERVAL_TYPES, MemberEventRow } from './member-intervals';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

interface FactData {
  personId: string;
  orgId: string | null;
  detail?: string | null;
  fromOrgId?: string | null;
  toOrgId?: string | null;
}

/** A member fact as the stream delivered it, with what the projection reads of its event's data. */
interface MemberFactEvent {
  event: Envelope<unknown>;
  fact: FactData;
}

/**
 * Records a run of member facts (`member_fact`), then derives again the intervals of the people
 * whose membership they shape (`member_interval`); the whole bloc's counters follow both in the
 * same transaction (`member-counters.ts`). A few statements for the run, whatever its length: the
 * same rows as each fact applied alone in turn (the bench spec compares them with the bulk loader's).
 */
export async function projectMemberFacts(em: EntityManager, run: readonly MemberFactEvent[]): Promise<void> {
  const s = schemaOf(em);
  // a fact delivered twice in one run is recorded once (the inbox keeps them apart across runs)
  const facts = [...new Map(run.map((f) => [f.event.id, f])).values()];
  const shaped = [...new Set(facts.filter((f) => INTERVAL_TYPES.has(f.event.type)).map((f) => f.fact.personId))].sort();
  // one person's intervals are derived by one transaction at a time (replicas, batches); then each
  // fact's place in the tree is decided under its organization's lock, so a change of its versions
  // committing meanwhile decides it again after this fact is in (`recountOrganizationFacts`)
  await lockKeys(em, shaped.map((p) => `reporting-member:${s}:${p}`));
  await lockOrganizations(em, facts.flatMap((f) => (f.fact.orgId ? [f.fact.orgId] : [])));
  const rows = facts.map(({ event, fact }) => ({
    event_id: event.id,
    person_id: fact.personId,
    type: event.type,
    occurred_on: event.occurredOn,
    recorded_at: event.recordedAt,
    org_id: fact.orgId,
    detail: fact.detail ?? null,
    from_org_id: fact.fromOrgId ?? null,
    to_org_id: fact.toOrgId ?? null,
  }));
  const inserted = await em.execute<{ in_bloc: boolean; occurred_on: string; type: string; detail: string | null; from_org_id: string | null; to_org_id: string | null }[]>(
    `insert into "${s}"."member_fact" (event_id, person_id, type, occurred_on, recorded_at, org_id, detail, from_org_id, to_org_id, in_bloc)
     select x.event_id, x.person_id, x.type, x.occurred_on, x.recorded_at, x.org_id, x.detail, x.from_org_id, x.to_org_id,
            ${inTreeOn(s, 'x.org_id', 'x.occurred_on')}
       from jsonb_to_recordset(?::jsonb) as x(event_id uuid, person_id text, type text, occurred_on date, recorded_at timestamptz, org_id text, detail text, from_org_id text, to_org_id text)
     on conflict (event_id) do nothing
     returning in_bloc, occurred_on::text as occurred_on, type, detail, from_org_id, to_org_id`,
    [JSON.stringify(rows)],
  );
  // a fact recorded before (its event delivered again) is counted once: only the rows inserted now
  const flows = new Map<string, FlowDelta>();
  for (const r of inserted) {
    if (!r.in_bloc) continue;
    const delta = flowKeyOf({ occurredOn: r.occurred_on, type: r.type, detail: r.detail, fromOrgId: r.from_org_id, toOrgId: r.to_org_id });
    const key = JSON.stringify([delta.year, delta.type, delta.detail, delta.from_set, delta.to_set]);
    const known = flows.get(key);
    if (known) known.n += 1;
    else flows.set(key, delta);
  }
  await applyFlowDeltas(em, s, [...flows.values()]);
  if (shaped.length) await deriveIntervalsAgain(em, s, shaped);
}

/** The people's intervals derived again from all their facts, written in place of the old, and the stock counters moved by the difference. */
async function deriveIntervalsAgain(em: EntityManager, s: string, people: readonly string[]): Promise<void> {
  const people_ = JSON.stringify(people);
  const rows = await em.execute<Record<string, unknown>[]>(
    `select person_id, event_id, type, occurred_on::text as occurred_on, to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as recorded_at,
            org_id, detail, to_org_id
       from "${s}"."member_fact" where person_id in (select jsonb_array_elements_text(?::jsonb)) and type in (select jsonb_array_elements_text(?::jsonb))`,
    [people_, JSON.stringify([...INTERVAL_TYPES])],
  );
  const factsOf = new Map<string, MemberEventRow[]>(people.map((p) => [p, []]));
  for (const r of rows) {
    factsOf.get(String(r.person_id))?.push({
      eventId: String(r.event_id),
      type: String(r.type),
      occurredOn: String(r.occurred_on),
      recordedAt: String(r.recorded_at),
      orgId: (r.org_id as string | null) ?? null,
      detail: (r.detail as string | null) ?? null,
      toOrgId: (r.to_org_id as string | null) ?? null,
    });
  }
  const after = [...factsOf].flatMap(([personId, events]) => deriveMemberIntervals(events).map((v) => ({ personId, ...v })));
  const before = await em.execute<{ org_id: string; valid_from: string; valid_to: string | null }[]>(
    `delete from "${s}"."member_interval" where person_id in (select jsonb_array_elements_text(?::jsonb)) returning org_id, valid_from::text as valid_from, valid_to::text as valid_to`,
    [people_],
  );
  if (after.length) {
    await em.execute(
      `insert into "${s}"."member_interval" (person_id, seq, org_id, valid_from, valid_to)
       select * from jsonb_to_recordset(?::jsonb) as x(person_id text, seq int, org_id text, valid_from date, valid_to date)`,
      [JSON.stringify(after.map((v) => ({ person_id: v.personId, seq: v.seq, org_id: v.orgId, valid_from: v.validFrom, valid_to: v.validTo })))],
    );
  }
  const old: CountedInterval[] = before.map((v) => ({ orgId: v.org_id, validFrom: v.valid_from, validTo: v.valid_to }));
  await applyStockChanges(em, s, stockChanges(old, after));
}

/** Every member handler takes a run of member facts of any kind (`EventHandler.run`). */
const MEMBER_FACTS_RUN = 'reporting-member-facts';

/** What each member event says of the fact, by event type. */
const factOf = new Map<string, (e: any) => FactData>();

function memberFact<D extends EventDefinition>(event: D, fact: (e: EventOf<D>) => FactData): EventHandler<D> {
  factOf.set(event.type, fact);
  const handleMany = (events: EventOf<D>[], em: EntityManager) =>
    projectMemberFacts(
      em,
      events.map((e) => {
        const of = factOf.get(e.type);
        if (!of) throw new Error(`No member fact mapping for ${e.type}`);
        return { event: e, fact: of(e) };
      }),
    );
  return { event, run: MEMBER_FACTS_RUN, handle: (e, em) => handleMany([e], em), handleMany };
}

const plain = (e: { data: { personId: string; orgId: string } }): FactData => ({ personId: e.data.personId, orgId: e.data.orgId });

/** Members, their movements, cards and badges, from membership's stream (dated in the world by the envelope's occurredOn). */
export function memberHandlers(): EventHandler<any>[] {
  return [
    memberFact(MemberRegistered, plain),
    memberFact(MemberAdmitted, plain),
    memberFact(MemberMadeOfficial, plain),
    memberFact(MemberRemovedFromProbation, plain),
    memberFact(MemberDied, plain),
    memberFact(MemberStruckOff, plain),
    memberFact(MemberLeftParty, plain),
    memberFact(MemberExpelled, plain),
    memberFact(TransferCompleted, (e) => ({ personId: e.data.personId, orgId: e.data.orgId, detail: e.data.kind, fromOrgId: e.data.fromOrgId, toOrgId: e.data.toOrgId })),
    // not a transfer: `transfers.*` count `transfer.completed` only; the interval moves to `toOrgId`
    memberFact(MemberReassigned, (e) => ({ personId: e.data.personId, orgId: e.data.toOrgId, detail: e.data.reason, fromOrgId: e.data.fromOrgId, toOrgId: e.data.toOrgId })),
    memberFact(CardIssued, plain),
    memberFact(CardReissued, (e) => ({ personId: e.data.personId, orgId: e.data.orgId, detail: e.data.reason })),
    memberFact(BadgeAwarded, (e) => ({ personId: e.data.personId, orgId: e.data.orgId, detail: String(e.data.level) })),
  ];
}
