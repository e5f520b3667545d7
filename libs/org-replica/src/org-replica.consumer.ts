import type { EntityManager } from '@mikro-orm/postgresql';
import type { Provider } from '@nestjs/common';
import { Envelope, ORG_TREE_EVENTS } from '@party/contracts';
import { lockKeys } from '@party/database';
import { ConsumerSpec, EventHandler, on } from '@party/messaging';
import { deriveOrgVersions, OrgEventRow } from './org-versions';

interface OrgData {
  orgId: string;
  kind: string;
  grassroots: boolean;
  name: string;
  parentId: string | null;
  origin?: string;
}

/**
 * Handlers that keep the replica from membership's organization events. Each event is recorded
 * (keyed by its id, so a replay is harmless), then its organization's versions are derived again
 * from all of that organization's events, so a back-dated decision recorded late lands in its place.
 */
export function orgReplicaHandlers(afterVersions?: AfterVersions): EventHandler<any>[] {
  return ORG_TREE_EVENTS.map(({ event, ends }) => on(event, (e, em) => applyOrgEvent(em, e as Envelope<OrgData>, ends, afterVersions)));
}

/**
 * Work a service does when an organization's versions were derived again, in the same transaction
 * and under the organization's lock (`lockOrganization`): what it decided from the versions it
 * decides again.
 */
export type AfterVersions = (em: EntityManager, orgId: string) => Promise<void>;

/**
 * Serializes, until the transaction ends, the work on one organization's versions: their derivation,
 * and a service's decisions that read them (a fact counted when its organization was in the tree).
 */
export async function lockOrganization(em: EntityManager, orgId: string): Promise<void> {
  await lockOrganizations(em, [orgId]);
}

/** `lockOrganization` for many at once, in one order whoever asks (two callers never wait on each other in a cycle). */
export function lockOrganizations(em: EntityManager, orgIds: readonly string[]): Promise<void> {
  const s = em.config.get('schema') as string;
  return lockKeys(em, orgIds.map((id) => `org-replica:${s}:${id}`));
}

export interface OrgReplicaConsumerOptions {
  /** The durable consumer's name: `<service>-organizations`. */
  name: string;
  /**
   * Other handlers of membership's events the service needs: one durable consumer per source
   * stream (nats-server 2.9 has no multi-filter consumers), so they share this one.
   */
  alsoHandle?: EventHandler<any>[];
  /** Run after each organization's versions are derived again (see `AfterVersions`). */
  afterVersions?: AfterVersions;
}

/** The durable consumer of membership's stream that keeps the replica (and `alsoHandle`). */
export function orgReplicaConsumer(options: OrgReplicaConsumerOptions): ConsumerSpec {
  return { name: options.name, source: 'membership', handlers: [...orgReplicaHandlers(options.afterVersions), ...(options.alsoHandle ?? [])] };
}

/** The token of `orgReplicaConsumerProvider`. */
export const ORG_REPLICA_CONSUMER = Symbol('ORG_REPLICA_CONSUMER');

/** For `ServiceCoreModule.forService({ consumers: [orgReplicaConsumerProvider({ name })] })`. */
export function orgReplicaConsumerProvider(options: OrgReplicaConsumerOptions): Provider<ConsumerSpec> {
  return { provide: ORG_REPLICA_CONSUMER, useFactory: () => orgReplicaConsumer(options) };
}

async function applyOrgEvent(em: EntityManager, event: Envelope<OrgData>, ends: boolean, afterVersions?: AfterVersions): Promise<void> {
  const s = em.config.get('schema') as string;
  const d = event.data;
  // one organization's versions are derived by one transaction at a time (replicas, batches)
  await lockOrganization(em, d.orgId);
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
  if (afterVersions) await afterVersions(em, d.orgId);
}
