import type { WholeSystem } from '../system/whole-system';
import { CommandKind, Ledger } from '../workload/ledger';

/** Where each kind of command leaves its record and its event, read straight from the owner's tables. */
const SOURCES: Record<Exclude<CommandKind, 'job'>, { records: string; event: string; schema: string; idField: string }> = {
  org: {
    schema: 'membership',
    // the name it was established under
    records: `select v.name as key, o.id::text as id from membership.organization o
              join membership.organization_version v on v.org_id = o.id and v.change = 'established'`,
    event: 'membership.organization.established',
    idField: 'orgId',
  },
  member: { schema: 'membership', records: 'select citizen_id as key, id::text as id from membership.person', event: 'membership.member.registered', idField: 'personId' },
  class: { schema: 'training', records: 'select title as key, id::text as id from training.training_class', event: 'training.class.opened', idField: 'classId' },
  enrollment: {
    schema: 'training',
    records: `select class_id::text || '/' || citizen_id as key, id::text as id from training.enrollment`,
    event: 'training.enrollment.enrolled',
    idField: 'enrollmentId',
  },
};

export interface RecordsCheck {
  kind: CommandKind;
  accepted: number;
  /** Accepted, and found once with its event once. */
  recordedOnce: number;
  /** Accepted but not found, or found without its event: keys. */
  lost: string[];
  /** Found more than once, or with its event more than once: keys. */
  doubled: string[];
  /** Answered 4xx yet found: keys (a refusal must leave nothing behind). */
  refusedYetRecorded: string[];
  /** No answer or a 5xx: how many turned out recorded (once) and how many not. */
  unansweredRecorded: number;
  unansweredNotRecorded: number;
}

/**
 * Every command of the ledger against the owner's records: an accepted command is there exactly
 * once under its key, with the id it was answered with, and its event is in the owner's outbox
 * exactly once; a refused one left nothing; an unanswered one is there at most once.
 */
export async function checkRecords(system: WholeSystem, ledger: Ledger): Promise<RecordsCheck[]> {
  const out: RecordsCheck[] = [];
  for (const [kind, src] of Object.entries(SOURCES) as [Exclude<CommandKind, 'job'>, (typeof SOURCES)[keyof typeof SOURCES]][]) {
    const rows = await system.sql<{ key: string; id: string }>(src.records);
    const idsByKey = new Map<string, string[]>();
    for (const r of rows) idsByKey.set(r.key, [...(idsByKey.get(r.key) ?? []), r.id]);
    const events = await system.sql<{ id: string; n: number }>(
      `select envelope->'data'->>'${src.idField}' as id, count(*)::int as n from "${src.schema}"."outbox" where type = $1 group by 1`,
      [src.event],
    );
    const eventsById = new Map(events.map((e) => [e.id, e.n]));
    const check: RecordsCheck = { kind, accepted: 0, recordedOnce: 0, lost: [], doubled: [], refusedYetRecorded: [], unansweredRecorded: 0, unansweredNotRecorded: 0 };
    for (const r of ledger.of(kind)) {
      const ids = idsByKey.get(r.key) ?? [];
      const eventCounts = ids.map((id) => eventsById.get(id) ?? 0);
      const doubled = ids.length > 1 || eventCounts.some((n) => n > 1);
      // a state change without its event is as lost as no change: the outbox commits with it or not at all
      const eventMissing = eventCounts.some((n) => n === 0);
      if (r.outcome === 'accepted') {
        check.accepted++;
        if (!ids.includes(r.id as string) || eventMissing) check.lost.push(r.key);
        else if (doubled) check.doubled.push(r.key);
        else check.recordedOnce++;
      } else if (r.outcome === 'refused') {
        if (ids.length) check.refusedYetRecorded.push(r.key);
      } else if (doubled) check.doubled.push(r.key);
      else if (ids.length && eventMissing) check.lost.push(r.key);
      else if (ids.length) check.unansweredRecorded++;
      else check.unansweredNotRecorded++;
    }
    out.push(check);
  }
  return out;
}
