import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import { Envelope, ORG_TREE_EVENTS } from '@party/contracts';
import { ConsumerSpec, on } from '@party/messaging';
import { memberHandlers } from './member.projection';
import { deriveOrgVersions, OrgEventRow } from './org-versions';

export const MEMBERSHIP_CONSUMER = 'reporting-membership';

interface OrgData {
  orgId: string;
  kind: string;
  grassroots: boolean;
  name: string;
  parentId: string | null;
  origin?: string;
}

const schemaOf = (em: EntityManager) => em.config.get('schema') as string;

/** Records the event, then derives the organization's versions again from all its events. */
async function projectOrgEvent(em: EntityManager, event: Envelope<OrgData>, ends: boolean): Promise<void> {
  const s = schemaOf(em);
  const d = event.data;
  // one organization's versions are derived by one transaction at a time (replicas, batches)
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`reporting-org:${d.orgId}`]);
  await em.execute(
    `insert into "${s}"."org_event" (event_id, org_id, type, occurred_on, recorded_at, kind, grassroots, name, parent_id, origin, ends)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing`,
    [event.id, d.orgId, event.type, event.occurredOn, event.recordedAt, d.kind, d.grassroots, d.name, d.parentId, d.origin ?? null, ends],
  );
  const rows = await em.execute<Record<string, unknown>[]>(
    `select event_id, occurred_on::text as occurred_on, to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as recorded_at,
            kind, grassroots, name, parent_id, ends
       from "${s}"."org_event" where org_id = ?`,
    [d.orgId],
  );
  const events: OrgEventRow[] = rows.map((r) => ({
    eventId: String(r.event_id),
    occurredOn: String(r.occurred_on),
    recordedAt: String(r.recorded_at),
    kind: String(r.kind),
    grassroots: Boolean(r.grassroots),
    name: String(r.name),
    parentId: (r.parent_id as string | null) ?? null,
    ends: Boolean(r.ends),
  }));
  const versions = deriveOrgVersions(events);
  await em.execute(`delete from "${s}"."org_version" where org_id = ?`, [d.orgId]);
  if (versions.length) {
    await em.execute(
      `insert into "${s}"."org_version" (org_id, seq, kind, grassroots, name, parent_id, valid_from, valid_to) values ${versions.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      versions.flatMap((v) => [d.orgId, v.seq, v.kind, v.grassroots, v.name, v.parentId, v.validFrom, v.validTo]),
    );
  }
}

/** The organization tree and its life events, and the members (`member_fact`, `member_interval`), from membership's stream. */
export function membershipConsumerSpec(): ConsumerSpec {
  return {
    name: MEMBERSHIP_CONSUMER,
    source: 'membership',
    handlers: [
      ...ORG_TREE_EVENTS.map(({ event, ends }) => on(event, (e, em) => projectOrgEvent(em, e as Envelope<OrgData>, ends))),
      ...memberHandlers(),
    ],
  };
}

export const MembershipConsumer = Symbol('MembershipConsumer');
export const membershipConsumerProvider: Provider<ConsumerSpec> = { provide: MembershipConsumer, useFactory: membershipConsumerSpec };
