import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/**
 * Kiểm điểm, đánh giá, xếp loại chất lượng (membership service): a round per year and scope, its
 * peer groups with the excellent quota, the board of each group (self-rating, proposal, decision),
 * the proposals waiting for the Standing Committee, and the round's summary by level.
 */
export type RoundQuery = Query<'get', '/api/rating/rounds'>;
export type RoundPage = Answer<'get', '/api/rating/rounds'>;
export type Round = Answer<'get', '/api/rating/rounds/{id}'>;
export type RuleSet = Round['ruleSet'];
export type PeerGroups = Answer<'get', '/api/rating/rounds/{id}/peer-groups'>;
export type PeerGroup = PeerGroups['items'][number];
export type Quota = PeerGroup['quota'];
export type SubjectQuery = Query<'get', '/api/rating/rounds/{id}/subjects'>;
export type SubjectPage = Answer<'get', '/api/rating/rounds/{id}/subjects'>;
export type Subject = SubjectPage['items'][number];
export type Stage = Subject['stage'];
export type Level = NonNullable<Subject['decision']>['level'];
export type Summary = Answer<'get', '/api/rating/rounds/{id}/summary'>;
export type LevelSummary = Summary['grassroots'];
export type PendingQuery = Query<'get', '/api/rating/proposals/pending'>;
export type PendingPage = Answer<'get', '/api/rating/proposals/pending'>;
export type Pending = PendingPage['items'][number];

export type OpenRoundBody = RequestBody<'post', '/api/rating/rounds'>;
export type SelfRatingsBody = RequestBody<'post', '/api/rating/rounds/{id}/self-ratings'>;
export type ProposalsBody = RequestBody<'post', '/api/rating/rounds/{id}/proposals'>;
export type DecisionsBody = RequestBody<'post', '/api/rating/rounds/{id}/decisions'>;
export type DecisionItem = DecisionsBody['items'][number];
export type ExclusionsBody = RequestBody<'post', '/api/rating/rounds/{id}/exclusions'>;
export type DecisionResult = Answer<'post', '/api/rating/rounds/{id}/decisions'>;
export type BatchResult = Answer<'post', '/api/rating/rounds/{id}/proposals'>;

/** In the order of merit, as the reports list them. */
export const LEVELS: readonly Level[] = ['excellent', 'good', 'completed', 'not_completed'];
export const STAGES: readonly Stage[] = ['notSelfRated', 'selfRated', 'proposed', 'decided', 'excluded'];
/** The codes the forms and reports write (RATING_LEVEL_CODES, kept here so zod stays out of the bundle). */
export const LEVEL_CODES: Readonly<Record<Level, string>> = { excellent: 'HTXSNV', good: 'HTTNV', completed: 'HTNV', not_completed: 'KHTNV' };
/** At most this many rows a command, and a board read whole (RATING_MAX_ITEMS). */
export const MAX_ITEMS = 10_000;
const PAGE = 500;

export const RATING_KEY = ['rating'] as const;

export const fetchRounds = (query: RoundQuery, signal?: AbortSignal) => unwrap(api.GET('/api/rating/rounds', { params: { query }, signal }));
export const fetchRound = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/rating/rounds/{id}', { params: { path: { id } }, signal }));
export const fetchPeerGroups = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/rating/rounds/{id}/peer-groups', { params: { path: { id } }, signal }));
export const fetchSubjects = (id: string, query: SubjectQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/rating/rounds/{id}/subjects', { params: { path: { id }, query }, signal }));
export const fetchSummary = (id: string, orgId: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/rating/rounds/{id}/summary', { params: { path: { id }, query: orgId ? { orgId } : {} }, signal }));
export const fetchPending = (query: PendingQuery, signal?: AbortSignal) => unwrap(api.GET('/api/rating/proposals/pending', { params: { query }, signal }));

/**
 * The whole board of one peer group, with the group and its quota: a group is what the Standing
 * Committee decides at once (select all, by level), so it is read whole, 500 rows a request.
 */
export async function fetchGroupBoard(id: string, peerGroup: string, signal?: AbortSignal): Promise<{ group: SubjectPage['group']; year: number; items: Subject[]; total: number }> {
  const first = await fetchSubjects(id, { peerGroup, page: 1, pageSize: PAGE, sort: 'name', order: 'asc' }, signal);
  const items = [...first.items];
  for (let page = 2; items.length < Math.min(first.total, MAX_ITEMS); page += 1) {
    const next = await fetchSubjects(id, { peerGroup, page, pageSize: PAGE, sort: 'name', order: 'asc' }, signal);
    items.push(...next.items);
    if (next.items.length < PAGE) break;
  }
  return { group: first.group, year: first.year, items, total: first.total };
}

export const openRound = (body: OpenRoundBody) => unwrap(api.POST('/api/rating/rounds', { body }));
export const recordSelfRatings = (id: string, body: SelfRatingsBody) => unwrap(api.POST('/api/rating/rounds/{id}/self-ratings', { params: { path: { id } }, body }));
export const recordProposals = (id: string, body: ProposalsBody) => unwrap(api.POST('/api/rating/rounds/{id}/proposals', { params: { path: { id } }, body }));
export const recordDecisions = (id: string, body: DecisionsBody) => unwrap(api.POST('/api/rating/rounds/{id}/decisions', { params: { path: { id } }, body }));
export const recordExclusions = (id: string, body: ExclusionsBody) => unwrap(api.POST('/api/rating/rounds/{id}/exclusions', { params: { path: { id } }, body }));

/** How many proposals wait for a decision, by kind (the Standing Committee's home). */
export const fetchPendingTotals = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/rating/proposals/pending', { params: { query: { page: 1, pageSize: 1 } }, signal })).then((p) => ({ total: p.total, ...p.totals }));

/** A command on a round changes its board, groups, progress, summary, the pending list and the home's counts. */
export const RATING_INVALIDATES = [[...RATING_KEY], ['home', 'rating']];
