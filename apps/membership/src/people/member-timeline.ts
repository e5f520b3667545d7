import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Actor,
  CandidateIntroducersRecorded,
  CandidateVettingRecorded,
  MemberAdmitted,
  MemberCeremonyHeld,
  MemberMadeOfficial,
  MemberRegistered,
  MemberTimelineEntry,
  MemberView,
  OrganizationHandedOver,
  PersonRecorded,
} from '@party/contracts';

/** One event of the outbox, as the timeline reads it. */
export interface RecordedEvent {
  id: string;
  type: string;
  /** The event's own date: the fact's date, or the day recorded for a fact without one. */
  occurredOn: string;
  recordedAt: Date;
  actor: Actor;
  data: Record<string, unknown>;
}

type OutboxRow = { id: string; type: string; occurred_on: string; recorded_at: Date; actor: Actor; data: Record<string, unknown> };

/** A fact before it is placed: `on` null when it has no date of its own in the world. */
interface Fact {
  type: string;
  on: string | null;
}

/** Facts recorded without a date in the world: their event is dated the day they were recorded. */
const UNDATED = new Set([PersonRecorded.type, CandidateIntroducersRecorded.type]);

/**
 * The facts one event records. An admission recorded with its ceremony, or a member registered
 * from the books with their ceremony and official dates, holds several facts, each on its own date.
 */
function factsOf(e: RecordedEvent): Fact[] {
  const d = e.data;
  const date = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
  if (UNDATED.has(e.type)) return [{ type: e.type, on: null }];
  // a pending vetting is dated the day recorded
  if (e.type === CandidateVettingRecorded.type) return [{ type: e.type, on: date('concludedOn') }];
  if (e.type !== MemberAdmitted.type && e.type !== MemberRegistered.type) return [{ type: e.type, on: e.occurredOn }];
  const facts: Fact[] = [{ type: e.type, on: e.occurredOn }];
  const ceremony = date('ceremonyDate');
  if (ceremony) facts.push({ type: MemberCeremonyHeld.type, on: ceremony });
  const official = e.type === MemberRegistered.type ? date('officialDate') : null;
  if (official) facts.push({ type: MemberMadeOfficial.type, on: official });
  return facts;
}

/**
 * A person's facts by their date in the world. A fact without one (a record opened, introducers
 * named, a vetting still pending) held by the first fact recorded after it — nothing recorded
 * later could have happened without it — or by the day it was recorded: it is placed there,
 * before the facts of that day, and marked approximate.
 */
export function timelineOf(events: readonly RecordedEvent[]): MemberTimelineEntry[] {
  const ordered = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = ordered.flatMap((e, seq) => factsOf(e).map((f, sub) => ({ e, f, seq, sub })));
  const entries = rows.map(({ e, f, seq, sub }) => {
    const on = f.on ?? rows.reduce((min, r) => (r.seq > seq && r.f.on !== null && r.f.on < min ? r.f.on : min), e.occurredOn);
    return { seq, sub, entry: { eventId: e.id, type: f.type, on, approximate: f.on === null, recordedAt: e.recordedAt.toISOString(), actor: e.actor, data: e.data } };
  });
  entries.sort((a, b) => compare(a.entry.on, b.entry.on) || Number(b.entry.approximate) - Number(a.entry.approximate) || a.seq - b.seq || a.sub - b.sub);
  return entries.map((x) => x.entry);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The timeline as seen without `vetting:read`: a vetting entry keeps its place and who recorded it,
 * but not its outcome or conclusion date (its date becomes the one it held by, marked approximate).
 */
export function withoutVetting(events: readonly RecordedEvent[]): RecordedEvent[] {
  return events.map((e) => {
    if (e.type !== CandidateVettingRecorded.type) return e;
    const { personId, orgId, candidateId } = e.data;
    return { ...e, data: { personId, orgId, candidateId, redacted: true } };
  });
}

/**
 * Every event of this service about the person, with the hand-over of their organization when
 * they left the bloc with it (an event about the organization, not about them).
 */
export async function eventsAbout(em: EntityManager, person: MemberView): Promise<RecordedEvent[]> {
  const outbox = `"${em.config.get('schema')}"."outbox"`;
  const columns = `id, type, to_char(occurred_on, 'YYYY-MM-DD') as occurred_on, recorded_at, actor, envelope->'data' as data`;
  const rows: OutboxRow[] = await em.execute(`select ${columns} from ${outbox} where envelope->'data'->>'personId' = ?`, [person.id]);
  if (person.handedOver) {
    const handedOver: OutboxRow[] = await em.execute(`select ${columns} from ${outbox} where type = ? and occurred_on = ? and org_id = ?`, [OrganizationHandedOver.type, person.handedOver.on, person.orgId]);
    rows.push(...handedOver);
  }
  return rows.map((r) => ({ id: r.id, type: r.type, occurredOn: r.occurred_on, recordedAt: new Date(r.recorded_at), actor: r.actor, data: r.data }));
}
