import { loadavg } from 'node:os';
import { Client } from 'pg';
import { WORKSPACE_ROOT, waitFor } from '@party/testing';
import { BenchClient, loadBloc } from '../gateway/bloc';
import { timed, withSignedInSystem } from '../gateway/signed-in-system';
import { BENCH_PASSWORD } from '../gateway/system';

/**
 * One bulk decision of a bloc's members (issue 14: "Deciding 8.000 members in one bulk decision:
 * measured in `npm run bench`, not a timed test"). The gateway and membership of this checkout as
 * processes (`startBenchSystem`); the round set up through the paths users use, in bulk: `units`
 * chi bộ cơ sở and `members` official members from one Excel roster (`/members/import`), the 2023
 * round opened for the bloc, every member proposed in one list by the Board. Then timed: the
 * Standing Committee's decision of all of them in one `POST /rating/rounds/:id/decisions` —
 * levels, quota per peer group, disqualifiers, the subjects updated, one `memberRated` event each
 * through the outbox — and, beside it, the plain SQL floor of the same write on the same rows: one
 * `update … returning` of the subjects feeding one `insert … select` of their outbox rows (the
 * envelopes built in SQL), in a transaction rolled back, `baselineRuns` times after the decisions.
 * The decision is timed `decisions` times: one round a year (2023, 2022, …) of the same members,
 * each a first decision of all of them.
 */
export interface RatingBenchOptions {
  members: number;
  units: number;
  /** Rounds decided (2023, 2022, …: the same members, one round a year), each one timed decision. */
  decisions: number;
  baselineRuns: number;
}

/** One year's round. */
export interface RoundFigures {
  year: number;
  roundId: string;
  /** The round's member subjects not excluded, all in the one list. */
  rated: number;
  /** As the decision answered. */
  decided: number;
  /** Its events found in the outbox. */
  events: number;
  openMs: number;
  proposeMs: number;
  decideMs: number;
  /** From the decision's answer until the relay had published every one of its events. */
  publishMs: number;
}

export interface RatingBenchResult {
  commit: string;
  units: number;
  /** Members imported. */
  members: number;
  loadMs: number;
  /** Newest year first; the plain SQL ran on the first one's rows. */
  rounds: RoundFigures[];
  baselineMs: number[];
  /** 1-minute load average before and after the timed steps. */
  load: [number, number];
}

const LAST_YEAR = 2023;
const decisionOf = (year: number) => ({ decisionNumber: `${1125 - (LAST_YEAR - year)}-QĐ/ĐUK`, decisionDate: `${year}-12-26` });
const MEMBER_RATED = 'membership.rating.memberRated';

type Level = 'excellent' | 'good' | 'completed' | 'not_completed';
interface Subject {
  personId: string;
  peerGroup: string;
  excluded: unknown;
  maxLevel: Level;
}

/** Per peer group: ~4% completed, ~15% of the good or better excellent, never beyond the 20% quota. */
function levelsOf(subjects: Subject[]): Map<string, Level> {
  const groups = new Map<string, Subject[]>();
  for (const s of subjects) {
    const g = groups.get(s.peerGroup);
    if (g) g.push(s);
    else groups.set(s.peerGroup, [s]);
  }
  const out = new Map<string, Level>();
  for (const g of groups.values()) {
    const completed = Math.round(g.length * 0.04);
    const goodOrBetter = g.length - completed;
    const excellent = Math.min(Math.floor((goodOrBetter * 20) / 100), Math.round(goodOrBetter * 0.15));
    g.forEach((s, i) => out.set(s.personId, s.maxLevel === 'not_completed' ? 'not_completed' : i < completed ? 'completed' : i < completed + excellent ? 'excellent' : 'good'));
  }
  return out;
}

/**
 * The floor of the decision's write: every rated member's subject takes its proposal as decision
 * (number, date, revision + 1, who, when) and gets one `memberRated` outbox row, its envelope built
 * from the row — two statements, no rule, no check.
 */
function baselineSql(schema: string): string {
  const s = `"${schema}"`;
  return `with decided as (
      update ${s}."rating_subject" x set decision_level = x.proposal_level, decision_score = x.proposal_score, decision_number = $2::text, decision_date = $3::text::date,
        decision_revision = x.decision_revision + 1, decided_by_id = 'bench', decided_by_name = 'bench', decided_at = now()
      where x.round_id = $1::text::uuid and x.kind = 'member' and x.excluded_reason is null
      returning x.*
    ), events as (select gen_random_uuid() as event_id, d.* from decided d)
    insert into ${s}."outbox" (id, type, version, subject, occurred_on, recorded_at, actor, org_id, correlation_id, envelope)
    select e.event_id, '${MEMBER_RATED}', 1, 'evt.${MEMBER_RATED}.v1', $3::text::date, now(), '{"userId":"bench","username":"bench"}'::jsonb, e.org_id::text, $4::text,
      jsonb_build_object('id', e.event_id, 'type', '${MEMBER_RATED}', 'version', 1, 'occurredOn', $3::text, 'recordedAt', now(), 'actor', '{"userId":"bench","username":"bench"}'::jsonb,
        'orgId', e.org_id, 'correlationId', $4::text, 'data', jsonb_build_object('roundId', e.round_id, 'year', e.year, 'level', e.decision_level,
          'levelCode', case e.decision_level when 'excellent' then 'HTXSNV' when 'good' then 'HTTNV' when 'completed' then 'HTNV' else 'KHTNV' end,
          'score', e.decision_score, 'peerGroup', e.peer_group, 'decisionNumber', $2::text, 'decisionDate', $3::text, 'revision', e.decision_revision,
          'replaces', null, 'quotaOverride', null, 'regulation', 'Quy định (bench)', 'personId', e.person_id, 'orgId', e.org_id, 'grassrootsOrgId', e.grassroots_org_id))
    from events e`;
}

/** One year's round: opened, its members proposed in one list, then decided in one list (timed). */
async function rateYear(board: BenchClient, standing: BenchClient, db: Client, schema: string, year: number): Promise<RoundFigures> {
  const [round, openMs] = await timed(() =>
    board.call<{ id: string }>('POST', '/rating/rounds', {
      year,
      scopeOrgId: null,
      name: `Đánh giá, xếp loại chất lượng năm ${year} (bench)`,
      deadlines: { selfRating: `${year}-12-08`, proposal: `${year}-12-20`, decision: `${year}-12-29` },
    }),
  );
  const subjects: Subject[] = [];
  for (let page = 1; ; page++) {
    const p = await board.call<{ items: Subject[]; total: number }>('GET', `/rating/rounds/${round.id}/subjects?kind=member&pageSize=500&page=${page}`);
    subjects.push(...p.items);
    if (!p.items.length || subjects.length >= p.total) break;
  }
  const rated = subjects.filter((s) => !s.excluded);
  const levels = levelsOf(rated);
  // a short basis: 8.000 rows must fit the 1 MB body
  const [, proposeMs] = await timed(() =>
    board.call('POST', `/rating/rounds/${round.id}/proposals`, { meetingDate: `${year}-12-15`, items: rated.map((s) => ({ personId: s.personId, level: levels.get(s.personId), basis: 'Đạt các tiêu chí' })) }),
  );
  const body = { ...decisionOf(year), items: rated.map((s) => ({ personId: s.personId, level: levels.get(s.personId) })) };
  const [answer, decideMs] = await timed(() => standing.call<{ decided: number }>('POST', `/rating/rounds/${round.id}/decisions`, body));
  const answeredAt = performance.now();
  const ofRound = `from "${schema}"."outbox" where type = $1 and envelope->'data'->>'roundId' = $2`;
  const count = async (where: string) => Number((await db.query(`select count(*)::int as n ${ofRound}${where}`, [MEMBER_RATED, round.id])).rows[0].n);
  await waitFor(async () => (await count(' and published_at is null')) === 0, { timeoutMs: 300_000, intervalMs: 100, what: 'the relay to publish the decision' });
  const publishMs = Math.round(performance.now() - answeredAt);
  return { year, roundId: round.id, rated: rated.length, decided: answer.decided, events: await count(''), openMs, proposeMs, decideMs, publishMs };
}

export async function benchRating(opts: RatingBenchOptions): Promise<RatingBenchResult> {
  return withSignedInSystem(WORKSPACE_ROOT, async ({ system, db, schema, board }) => {
    const [bloc, loadMs] = await timed(() => loadBloc(board, { units: opts.units, members: opts.members }));
    const standing = new BenchClient(system.api);
    await standing.login('thuongvu', BENCH_PASSWORD);

    const load0 = loadavg()[0];
    // the same members, one round a year: each a first decision of all of them
    const rounds: RoundFigures[] = [];
    for (let i = 0; i < opts.decisions; i++) rounds.push(await rateYear(board, standing, db, schema, LAST_YEAR - i));

    // the plain SQL on the last round's rows, rolled back each time
    const last = rounds[0];
    const decision = decisionOf(last.year);
    const baselineMs: number[] = [];
    for (let i = 0; i < opts.baselineRuns; i++) {
      await db.query('begin');
      try {
        const [res, ms] = await timed(() => db.query(baselineSql(schema), [last.roundId, decision.decisionNumber, decision.decisionDate, `bench-${i}`]));
        if (res.rowCount !== last.rated) throw new Error(`the plain SQL wrote ${res.rowCount} events for ${last.rated} members`);
        baselineMs.push(ms);
      } finally {
        await db.query('rollback');
      }
    }
    return { commit: system.commit, units: bloc.orgs - 1, members: bloc.members, loadMs, rounds, baselineMs, load: [load0, loadavg()[0]] };
  });
}
