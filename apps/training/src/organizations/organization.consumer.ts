import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Envelope, ORG_TREE_EVENTS } from '@party/contracts';
import { ConsumerSpec, EventHandler, on } from '@party/messaging';
import { deriveOrgVersions, OrgEventRow } from './org-versions';

export const ORGANIZATION_CONSUMER = 'training-organizations';

interface OrgData {
  orgId: string;
  kind: string;
  name: string;
  parentId: string | null;
}

/**
 * Training's copy of the organization tree, for secretaries' scope and the "who in an organization
 * lacks a course" query. Durable JetStream consumer: its writes and the inbox row (consumer, event
 * id) commit together, so a redelivery is a no-op; the insert keyed by event id makes a replay
 * (a rebuilt consumer) harmless too. Each event re-derives its organization's versions from all
 * of that organization's events, so a back-dated decision recorded late lands in its place.
 */
@Injectable()
export class OrganizationConsumer implements ConsumerSpec {
  readonly name = ORGANIZATION_CONSUMER;
  readonly source = 'membership' as const;
  readonly handlers: EventHandler<any>[] = [
    ...ORG_TREE_EVENTS.map(({ event, ends }) => on(event, (e, em) => projectOrgEvent(em, e as Envelope<OrgData>, ends))),
  ];
}

async function projectOrgEvent(em: EntityManager, event: Envelope<OrgData>, ends: boolean): Promise<void> {
  const s = em.config.get('schema') as string;
  const d = event.data;
  // one organization's versions are derived by one transaction at a time (replicas, batches)
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`training-org:${d.orgId}`]);
  await em.execute(
    `insert into "${s}"."org_event" (event_id, org_id, type, occurred_on, recorded_at, kind, name, parent_id, ends)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing`,
    [event.id, d.orgId, event.type, event.occurredOn, event.recordedAt, d.kind, d.name, d.parentId, ends],
  );
  const rows = await em.execute<Record<string, unknown>[]>(
    `select event_id, occurred_on::text as occurred_on, to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as recorded_at,
            kind, name, parent_id, ends
       from "${s}"."org_event" where org_id = ?`,
    [d.orgId],
  );
  const events: OrgEventRow[] = rows.map((r) => ({
    eventId: String(r.event_id),
    occurredOn: String(r.occurred_on),
    recordedAt: String(r.recorded_at),
    kind: String(r.kind),
    name: String(r.name),
    parentId: (r.parent_id as string | null) ?? null,
    ends: Boolean(r.ends),
  }));
  const versions = deriveOrgVersions(events);
  await em.execute(`delete from "${s}"."org_version" where org_id = ?`, [d.orgId]);
  if (versions.length) {
    await em.execute(
      `insert into "${s}"."org_version" (org_id, seq, kind, name, parent_id, valid_from, valid_to) values ${versions.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      versions.flatMap((v) => [d.orgId, v.seq, v.kind, v.name, v.parentId, v.validFrom, v.validTo]),
    );
  }
}
