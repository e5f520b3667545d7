import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadgeAwarded,
  CardIssued,
  CardReissued,
  Envelope,
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
import { EventHandler, on } from '@party/messaging';
import { lockOrganization } from '@party/org-replica';
import { applyStockChanges, countFact, stockChanges } from './member-counters';
import { deriveMemberIntervals, INTERVAL_TYPES, MemberEventRow } from './member-intervals';

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

interface FactData {
  personId: string;
  orgId: string | null;
  detail?: string | null;
  fromOrgId?: string | null;
  toOrgId?: string | null;
}

/**
 * Records the fact (`member_fact`), then, when it shapes membership, derives the person's
 * intervals again from all their facts (`member_interval`); the whole bloc's counters follow both
 * in the same transaction (`member-counters.ts`).
 */
export async function projectMemberFact(em: EntityManager, event: Envelope<unknown>, d: FactData): Promise<void> {
  const s = schemaOf(em);
  const shapes = INTERVAL_TYPES.has(event.type);
  // one person's intervals are derived by one transaction at a time (replicas, batches)
  if (shapes) await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`reporting-member:${d.personId}`]);
  // whether its organization was in the tree on its date is decided under that organization's lock,
  // so a change of its versions committing meanwhile decides it again after this fact is in (`recountOrganizationFacts`)
  if (d.orgId) await lockOrganization(em, d.orgId);
  const inserted = await em.execute<{ in_bloc: boolean }[]>(
    `insert into "${s}"."member_fact" (event_id, person_id, type, occurred_on, recorded_at, org_id, detail, from_org_id, to_org_id, in_bloc)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?,
       exists (select 1 from "${s}"."org_version" v where v.org_id = ? and v.valid_from <= ? and (v.valid_to is null or v.valid_to >= ?)))
     on conflict (event_id) do nothing returning in_bloc`,
    [event.id, d.personId, event.type, event.occurredOn, event.recordedAt, d.orgId, d.detail ?? null, d.fromOrgId ?? null, d.toOrgId ?? null, d.orgId, event.occurredOn, event.occurredOn],
  );
  // a fact recorded twice (its event delivered again) is counted once
  if (inserted[0]?.in_bloc) {
    await countFact(em, s, { occurredOn: event.occurredOn, type: event.type, detail: d.detail ?? null, fromOrgId: d.fromOrgId ?? null, toOrgId: d.toOrgId ?? null });
  }
  if (!shapes) return;
  const rows = await em.execute<Record<string, unknown>[]>(
    `select event_id, type, occurred_on::text as occurred_on, to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as recorded_at,
            org_id, detail, to_org_id
       from "${s}"."member_fact" where person_id = ? and type in (select jsonb_array_elements_text(?::jsonb))`,
    [d.personId, JSON.stringify([...INTERVAL_TYPES])],
  );
  const events: MemberEventRow[] = rows.map((r) => ({
    eventId: String(r.event_id),
    type: String(r.type),
    occurredOn: String(r.occurred_on),
    recordedAt: String(r.recorded_at),
    orgId: (r.org_id as string | null) ?? null,
    detail: (r.detail as string | null) ?? null,
    toOrgId: (r.to_org_id as string | null) ?? null,
  }));
  const intervals = deriveMemberIntervals(events);
  const before = await em.execute<{ org_id: string; valid_from: string; valid_to: string | null }[]>(
    `delete from "${s}"."member_interval" where person_id = ? returning org_id, valid_from::text as valid_from, valid_to::text as valid_to`,
    [d.personId],
  );
  await applyStockChanges(em, s, stockChanges(before.map((v) => ({ orgId: v.org_id, validFrom: v.valid_from, validTo: v.valid_to })), intervals));
  if (intervals.length) {
    await em.execute(
      `insert into "${s}"."member_interval" (person_id, seq, org_id, valid_from, valid_to) values ${intervals.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
      intervals.flatMap((v) => [d.personId, v.seq, v.orgId, v.validFrom, v.validTo]),
    );
  }
}

const plain = (e: Envelope<{ personId: string; orgId: string }>, em: EntityManager) => projectMemberFact(em, e, { personId: e.data.personId, orgId: e.data.orgId });

/** Members, their movements, cards and badges, from membership's stream (dated in the world by the envelope's occurredOn). */
export function memberHandlers(): EventHandler<any>[] {
  return [
    on(MemberRegistered, plain),
    on(MemberAdmitted, plain),
    on(MemberMadeOfficial, plain),
    on(MemberRemovedFromProbation, plain),
    on(MemberDied, plain),
    on(MemberStruckOff, plain),
    on(MemberLeftParty, plain),
    on(MemberExpelled, plain),
    on(TransferCompleted, (e, em) =>
      projectMemberFact(em, e, { personId: e.data.personId, orgId: e.data.orgId, detail: e.data.kind, fromOrgId: e.data.fromOrgId, toOrgId: e.data.toOrgId }),
    ),
    // not a transfer: `transfers.*` count `transfer.completed` only; the interval moves to `toOrgId`
    on(MemberReassigned, (e, em) =>
      projectMemberFact(em, e, { personId: e.data.personId, orgId: e.data.toOrgId, detail: e.data.reason, fromOrgId: e.data.fromOrgId, toOrgId: e.data.toOrgId }),
    ),
    on(CardIssued, plain),
    on(CardReissued, (e, em) => projectMemberFact(em, e, { personId: e.data.personId, orgId: e.data.orgId, detail: e.data.reason })),
    on(BadgeAwarded, (e, em) => projectMemberFact(em, e, { personId: e.data.personId, orgId: e.data.orgId, detail: String(e.data.level) })),
  ];
}
