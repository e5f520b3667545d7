import { ApiError, DemoApi } from '../api';
import { onWeekday } from '../dates';
import { Random } from '@party/testing';
import { Level, PlannedSubject, planRatings2023 } from './rating-plan';

/**
 * Kiểm điểm, đánh giá, xếp loại chất lượng năm 2023 (reference report: "Toàn Khối có 151 TCCSĐ
 * được đánh giá xếp loại, trong đó: Hoàn thành tốt nhiệm vụ trở lên: 143/151 = 94,7% (trong đó
 * HTXS nhiệm vụ: 28/151 = 18,5%); Hoàn thành nhiệm vụ: 8/151" — 5,3% rounded, the report
 * truncated it). Through the public API only: the Organization Board opens the bloc's round and
 * records the proposals (each grassroots organization's members, then the organizations); the Standing Committee
 * decides them in bulk, members before their organizations (one decision each). Members
 * disciplined in 2023 are capped at "not completed" by membership's disqualifiers, read back from
 * the round before anything is proposed.
 */
const YEAR = 2023;
const ROUND = {
  year: YEAR,
  scopeOrgId: null,
  name: 'Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2023',
  deadlines: { selfRating: '2023-12-08', proposal: '2023-12-20', decision: '2023-12-29' },
};
/** The Board's meeting proposing the organizations' levels; members are proposed by their grassroots organization's meeting, early December. */
const ORG_MEETING = '2023-12-20';
const DECISIONS = {
  member: { decisionNumber: '1125-QĐ/ĐUK', decisionDate: '2023-12-26' },
  org: { decisionNumber: '1126-QĐ/ĐUK', decisionDate: '2023-12-28' },
} as const;
/** A list a command takes at most (RATING_MAX_ITEMS). */
const MAX_ROWS = 10_000;

/** What the criteria of 124-QĐ/TW rest on, by level (a proposal of 2023 names its basis, no points). */
const BASIS: Record<Level, string> = {
  excellent: 'Đạt các tiêu chí về chính trị tư tưởng, đạo đức, lối sống, ý thức tổ chức kỷ luật; kết quả thực hiện nhiệm vụ được giao vượt kế hoạch, là điển hình được biểu dương',
  good: 'Đạt các tiêu chí về chính trị tư tưởng, đạo đức, lối sống, ý thức tổ chức kỷ luật; hoàn thành tốt các nhiệm vụ được giao',
  completed: 'Hoàn thành các nhiệm vụ được giao; còn hạn chế trong thực hiện một số chỉ tiêu, nhiệm vụ',
  not_completed: 'Không hoàn thành nhiệm vụ được giao hoặc bị kỷ luật trong năm',
};

interface Subject extends PlannedSubject {
  id: string;
  name: string;
  excluded: { reason: string } | null;
}

interface Page<T> {
  items: T[];
  total: number;
}

async function allPages<T>(api: DemoApi, path: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const p = await api.get<Page<T>>(`${path}${path.includes('?') ? '&' : '?'}pageSize=500&page=${page}`);
    out.push(...p.items);
    if (!p.items.length || out.length >= p.total) return out;
  }
}

const subjectsOf = (api: DemoApi, roundId: string) => allPages<Subject>(api, `/rating/rounds/${roundId}/subjects`);

/**
 * The disciplines of 2023 reach the rating from the Inspection Committee's stream: wait (at most
 * two minutes) until every member or organization disciplined in 2023 that the round rates shows
 * its disqualifier, so that nobody is proposed above what they may be.
 */
async function untilDisqualifiersArrived(board: DemoApi, standing: DemoApi, roundId: string, log: (m: string) => void): Promise<Subject[]> {
  const disciplines = await allPages<{ subject: 'member' | 'organization'; person: { personId: string } | null; orgId: string | null }>(standing, `/inspection/disciplines?year=${YEAR}&status=in_force`);
  const people = new Set(disciplines.flatMap((d) => (d.subject === 'member' && d.person ? [d.person.personId] : [])));
  const orgs = new Set(disciplines.flatMap((d) => (d.subject === 'organization' && d.orgId ? [d.orgId] : [])));
  const until = Date.now() + 120_000;
  for (;;) {
    const subjects = await subjectsOf(board, roundId);
    const waiting = subjects.filter((s) => s.maxLevel !== 'not_completed' && (s.kind === 'member' ? people.has(s.personId ?? '') : orgs.has(s.orgId)));
    if (!waiting.length) {
      if (people.size || orgs.size) log(`2023: ${people.size} đảng viên, ${orgs.size} tổ chức bị kỷ luật trong năm — không xếp loại trên mức không hoàn thành nhiệm vụ`);
      return subjects;
    }
    if (Date.now() > until) {
      log(`chú ý: ${waiting.length} đối tượng bị kỷ luật năm 2023 chưa có điều kiện hạn chế xếp loại sau 2 phút`);
      return subjects;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** A refusal by row that a discipline arriving meanwhile explains (the level above what the subject may get now). */
const refusedLevel = (err: unknown) => err instanceof ApiError && err.status === 422 && (err.body?.fields ?? []).some((f: { field: string }) => /^items\.\d+\.level$/.test(f.field));

async function inLists<T>(rows: T[], send: (rows: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += MAX_ROWS) await send(rows.slice(i, i + MAX_ROWS));
}

/** The members by peer group (their grassroots organization), in the order listed. */
function groupsOf(subjects: Subject[]): Subject[][] {
  const groups = new Map<string, Subject[]>();
  for (const s of subjects) {
    const group = groups.get(s.peerGroup);
    if (group) group.push(s);
    else groups.set(s.peerGroup, [s]);
  }
  return [...groups.values()];
}

const ref = (s: Subject) => (s.kind === 'member' ? { personId: s.personId } : { orgId: s.orgId });

export async function recordRating2023(board: DemoApi, standing: DemoApi, seed: number, log: (m: string) => void): Promise<void> {
  const existing = await board.get<Page<{ id: string; scopeOrgId: string | null }>>(`/rating/rounds?year=${YEAR}&pageSize=50`);
  const roundId = existing.items.find((x) => x.scopeOrgId === null)?.id ?? (await board.post<{ id: string }>('/rating/rounds', ROUND)).id;

  // the Board's proposals, read again if a discipline came in between (a proposal above a disqualifier is refused)
  let plan: ReturnType<typeof planRatings2023> | undefined;
  let subjects: Subject[] = [];
  const levelOf = (s: Subject): Level => {
    const level = plan?.levels.get(s);
    if (!level) throw new Error(`no level planned for ${s.kind} ${s.id}`);
    return level;
  };
  for (let attempt = 1; ; attempt++) {
    // members not rated (suspended, admitted less than 6 months before…) are listed with their reason
    subjects = (await untilDisqualifiersArrived(board, standing, roundId, log)).filter((s) => !s.excluded);
    plan = planRatings2023(subjects, new Random(seed));
    try {
      // each grassroots organization's meeting proposes its members (a bloc's basis texts would not fit one request)
      const meetings = new Random(seed + 1);
      for (const group of groupsOf(subjects.filter((s) => s.kind === 'member'))) {
        const items = group.map((s) => ({ ...ref(s), level: levelOf(s), basis: BASIS[levelOf(s)] }));
        await board.post(`/rating/rounds/${roundId}/proposals`, { meetingDate: onWeekday(meetings.date('2023-12-04', '2023-12-15')), items });
      }
      // the Board's own proposal for the organizations
      const items = subjects.filter((s) => s.kind === 'org').map((s) => ({ ...ref(s), level: levelOf(s), basis: BASIS[levelOf(s)] }));
      await inLists(items, (rows) => board.post(`/rating/rounds/${roundId}/proposals`, { meetingDate: ORG_MEETING, items: rows }));
      break;
    } catch (err) {
      if (!refusedLevel(err) || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  if (plan?.grassrootsCapped) log(`chú ý: ${plan.grassrootsCapped} tổ chức cơ sở đảng bị hạn chế xếp loại (kỷ luật): số liệu khác báo cáo mẫu`);

  // the Standing Committee decides as proposed: the members, then the organizations (lower before higher, in one list)
  for (const kind of ['member', 'org'] as const) {
    const items = subjects.filter((s) => s.kind === kind).map((s) => ({ ...ref(s), level: levelOf(s) }));
    await inLists(items, (rows) => standing.post(`/rating/rounds/${roundId}/decisions`, { ...DECISIONS[kind], items: rows }));
  }
  const summary = await board.get<{ text: { grassroots: string; members: string } }>(`/rating/rounds/${roundId}/summary`);
  log(`2023: ${summary.text.grassroots}`);
  log(`2023: ${summary.text.members}`);
}
