import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/**
 * Công tác cán bộ (the cadre service): committees per organization and term and their
 * consolidation decisions, cadre planning with its yearly review, confidence votes (`cadre:read`
 * to read, `cadre:write` to record), and political vetting (`vetting:read` / `vetting:write`,
 * confidential: the Organization Board and the Standing Committee only).
 */
export type CommitteeQuery = Query<'get', '/api/cadre/committees'>;
export type CommitteeList = Answer<'get', '/api/cadre/committees'>;
export type Committee = CommitteeList['items'][number];
export type CommitteeDetail = Answer<'get', '/api/cadre/committees/{id}'>;
export type PostSlot = Committee['posts'][number];
export type Holding = CommitteeDetail['history'][number];
export type CadrePerson = Holding['person'];
export type CommitteeDecision = CommitteeDetail['decisions'][number];
export type ConsolidationItemView = CommitteeDecision['items'][number];
export type CommitteeKind = Committee['kind'];
export type Post = PostSlot['post'];
export type HoldingEndReason = NonNullable<Holding['endReason']>;
export type DecidingBody = NonNullable<CommitteeDecision['decidingBody']>;
export type ConsolidationQuery = Query<'get', '/api/cadre/consolidations'>;
export type ConsolidationSummary = Answer<'get', '/api/cadre/consolidations/summary'>;
export type HolderQuery = Query<'get', '/api/cadre/committee-holders'>;
export type HolderRow = Answer<'get', '/api/cadre/committee-holders'>['items'][number];

export type ElectBody = RequestBody<'post', '/api/cadre/committees'>;
export type ConsolidateBody = RequestBody<'post', '/api/cadre/committees/{id}/consolidations'>;
export type ConsolidationItemBody = ConsolidateBody['items'][number];
export type ConsolidationMode = ConsolidationItemBody['mode'];
export type DepartureBody = RequestBody<'post', '/api/cadre/committees/{id}/departures'>;
export type DepartureReason = DepartureBody['reason'];

export type PlansQuery = Query<'get', '/api/cadre/planning/plans'>;
export type PostPlan = Answer<'get', '/api/cadre/planning/plans'>['items'][number];
export type BoardQuery = Query<'get', '/api/cadre/planning/board'>;
export type PostBoard = Answer<'get', '/api/cadre/planning/board'>;
export type BoardRow = PostBoard['items'][number];
export type EntriesQuery = Query<'get', '/api/cadre/planning/entries'>;
export type PlanningEntry = Answer<'get', '/api/cadre/planning/entries'>['items'][number];
export type PlanningExitReason = NonNullable<PlanningEntry['exit']>['reason'];
export type PlanBody = RequestBody<'post', '/api/cadre/planning/entries'>;
export type ReviewsQuery = Query<'get', '/api/cadre/planning/reviews'>;
export type ReviewSummary = Answer<'get', '/api/cadre/planning/reviews'>['items'][number];
export type ReviewDetail = Answer<'get', '/api/cadre/planning/reviews/{id}'>;
export type ReviewBody = RequestBody<'post', '/api/cadre/planning/reviews'>;

export type VotesQuery = Query<'get', '/api/cadre/confidence-votes'>;
export type ConfidenceVote = Answer<'get', '/api/cadre/confidence-votes/{id}'>;
export type VoteResult = ConfidenceVote['result'];
export type VoteStatus = ConfidenceVote['status'];
export type VoteOutcome = NonNullable<ConfidenceVote['decision']>['outcome'];
export type RecordVoteBody = RequestBody<'post', '/api/cadre/confidence-votes'>;
export type DecideVoteBody = RequestBody<'post', '/api/cadre/confidence-votes/{id}/decision'>;

export type VettingCasesQuery = Query<'get', '/api/cadre/vetting/cases'>;
export type VettingCase = Answer<'get', '/api/cadre/vetting/cases'>['items'][number];
export type VettingCaseDetail = Answer<'get', '/api/cadre/vetting/cases/{id}'>;
export type VettingStatus = VettingCase['status'];
export type VettingPurpose = VettingCase['purpose'];
export type VettingResult = NonNullable<VettingCase['conclusion']>['result'];
export type VettingBasis = NonNullable<VettingCase['conclusion']>['basis'];
export type VettingOpinion = NonNullable<VettingCase['reply']>['opinion'];
export type VettingRequest = Answer<'get', '/api/cadre/vetting/requests'>['items'][number];
export type VettingRequestsQuery = Query<'get', '/api/cadre/vetting/requests'>;
export type VettingSummary = Answer<'get', '/api/cadre/vetting/summary'>;
export type VettingPersonHistory = Answer<'get', '/api/cadre/vetting/people/{personId}'>;
export type OpenCasesBody = RequestBody<'post', '/api/cadre/vetting/cases/batch'>;
export type SendRequestBody = RequestBody<'post', '/api/cadre/vetting/requests'>;
export type RecordRepliesBody = RequestBody<'post', '/api/cadre/vetting/replies'>;
export type ConcludeCasesBody = RequestBody<'post', '/api/cadre/vetting/conclusions'>;

// Records, so the build fails when the API gains or drops a value; their order is the documents'.
const KINDS: Record<CommitteeKind, true> = { executive: true, inspection: true };
export const COMMITTEE_KIND_VALUES = Object.keys(KINDS) as CommitteeKind[];
const POSTS: Record<Post, true> = {
  secretary: true,
  deputy_secretary: true,
  standing_member: true,
  member: true,
  inspection_chair: true,
  inspection_deputy: true,
  inspection_member: true,
};
export const POST_VALUES = Object.keys(POSTS) as Post[];
/** The posts of each committee (contracts' `POSTS_OF`, repeated: importing it would bring zod into the bundle). */
export const POSTS_OF: Record<CommitteeKind, Post[]> = {
  executive: ['secretary', 'deputy_secretary', 'standing_member', 'member'],
  inspection: ['inspection_chair', 'inspection_deputy', 'inspection_member'],
};
const MODES: Record<ConsolidationMode, true> = { fill: true, add: true, replace: true };
export const CONSOLIDATION_MODE_VALUES = Object.keys(MODES) as ConsolidationMode[];
const BODIES: Record<DecidingBody, true> = { superior_standing_committee: true, superior_committee: true, own_committee: true, congress: true };
export const DECIDING_BODY_VALUES = Object.keys(BODIES) as DecidingBody[];
const DEPARTURES: Record<DepartureReason, true> = { retired: true, transferred: true, relieved: true, resigned: true, died: true, disciplined: true, other: true };
export const DEPARTURE_REASON_VALUES = Object.keys(DEPARTURES) as DepartureReason[];
const EXITS: Record<PlanningExitReason, true> = { review: true, discipline: true, vetting: true, confidence_vote: true };
export const PLANNING_EXIT_REASON_VALUES = Object.keys(EXITS) as PlanningExitReason[];
const RESULTS: Record<VoteResult, true> = { no_quorum: true, no_action: true, relief_to_consider: true, dismissal_to_consider: true };
export const VOTE_RESULT_VALUES = Object.keys(RESULTS) as VoteResult[];
const VOTE_STATUSES: Record<VoteStatus, true> = { not_flagged: true, awaiting_decision: true, decided: true };
export const VOTE_STATUS_VALUES = Object.keys(VOTE_STATUSES) as VoteStatus[];
const OUTCOMES: Record<VoteOutcome, true> = { relieved_of_post: true, reassigned: true, resigned: true, confidence_ballot: true, kept: true };
export const VOTE_OUTCOME_VALUES = Object.keys(OUTCOMES) as VoteOutcome[];
const V_STATUSES: Record<VettingStatus, true> = { open: true, requested: true, replied: true, concluded: true };
export const VETTING_STATUS_VALUES = Object.keys(V_STATUSES) as VettingStatus[];
const PURPOSES: Record<VettingPurpose, true> = { planning: true, appointment: true, reappointment: true, election: true, other: true };
export const VETTING_PURPOSE_VALUES = Object.keys(PURPOSES) as VettingPurpose[];
const V_RESULTS: Record<VettingResult, true> = { meets: true, not_meets: true };
export const VETTING_RESULT_VALUES = Object.keys(V_RESULTS) as VettingResult[];
const BASES: Record<VettingBasis, true> = { request: true, earlier_request: true, records: true };
export const VETTING_BASIS_VALUES = Object.keys(BASES) as VettingBasis[];
const OPINIONS: Record<VettingOpinion, true> = { no_issue: true, issues_noted: true };
export const VETTING_OPINION_VALUES = Object.keys(OPINIONS) as VettingOpinion[];

/** After a cadre command, every cadre list and record may show it. */
export const CADRE_INVALIDATES = [['cadre']];

const path = (id: string) => ({ params: { path: { id } } });

/* committees */
export const fetchCommittees = (query: CommitteeQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/committees', { params: { query }, signal }));
export const fetchCommittee = (id: string, asOf: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/cadre/committees/{id}', { params: { path: { id }, query: { asOf } }, signal }));
export const electCommittee = (body: ElectBody) => unwrap(api.POST('/api/cadre/committees', { body }));
export const consolidate = (id: string, body: ConsolidateBody) => unwrap(api.POST('/api/cadre/committees/{id}/consolidations', { ...path(id), body }));
export const recordDeparture = (id: string, body: DepartureBody) => unwrap(api.POST('/api/cadre/committees/{id}/departures', { ...path(id), body }));
export const fetchConsolidations = (query: ConsolidationQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/consolidations', { params: { query }, signal }));
export const fetchConsolidationSummary = (year: number, orgId: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/cadre/consolidations/summary', { params: { query: { year, orgId } }, signal }));
export const fetchHolders = (query: HolderQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/committee-holders', { params: { query }, signal }));

/* planning */
export const fetchPlans = (query: PlansQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/planning/plans', { params: { query }, signal }));
export const fetchBoard = (query: BoardQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/planning/board', { params: { query }, signal }));
export const fetchEntries = (query: EntriesQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/planning/entries', { params: { query }, signal }));
export const planPost = (body: PlanBody) => unwrap(api.POST('/api/cadre/planning/entries', { body }));
export const fetchReviews = (query: ReviewsQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/planning/reviews', { params: { query }, signal }));
export const fetchReview = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/planning/reviews/{id}', { ...path(id), signal }));
export const reviewPlanning = (body: ReviewBody) => unwrap(api.POST('/api/cadre/planning/reviews', { body }));

/* confidence votes */
export const fetchVotes = (query: VotesQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/confidence-votes', { params: { query }, signal }));
export const fetchFlaggedVotes = (query: Query<'get', '/api/cadre/confidence-votes/flagged'>, signal?: AbortSignal) =>
  unwrap(api.GET('/api/cadre/confidence-votes/flagged', { params: { query }, signal }));
export const fetchVote = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/confidence-votes/{id}', { ...path(id), signal }));
export const recordVote = (body: RecordVoteBody) => unwrap(api.POST('/api/cadre/confidence-votes', { body }));
export const decideVote = (id: string, body: DecideVoteBody) => unwrap(api.POST('/api/cadre/confidence-votes/{id}/decision', { ...path(id), body }));

/* vetting (confidential) */
export const fetchVettingCases = (query: VettingCasesQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/vetting/cases', { params: { query }, signal }));
export const fetchVettingCase = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/vetting/cases/{id}', { ...path(id), signal }));
export const fetchVettingRequests = (query: VettingRequestsQuery, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/vetting/requests', { params: { query }, signal }));
export const fetchVettingRequest = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/vetting/requests/{id}', { ...path(id), signal }));
export const fetchVettingSummary = (year: number, signal?: AbortSignal) => unwrap(api.GET('/api/cadre/vetting/summary', { params: { query: { year } }, signal }));
export const fetchVettingHistory = (personId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/cadre/vetting/people/{personId}', { params: { path: { personId } }, signal }));
export const openVettingCases = (body: OpenCasesBody) => unwrap(api.POST('/api/cadre/vetting/cases/batch', { body }));
export const sendVettingRequest = (body: SendRequestBody) => unwrap(api.POST('/api/cadre/vetting/requests', { body }));
export const recordVettingReplies = (body: RecordRepliesBody) => unwrap(api.POST('/api/cadre/vetting/replies', { body }));
export const concludeVettingCases = (body: ConcludeCasesBody) => unwrap(api.POST('/api/cadre/vetting/conclusions', { body }));
