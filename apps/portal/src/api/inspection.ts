import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/**
 * The Inspection Committee's programs of inspection and supervision, their targets and phases,
 * and the dossier surveys with their coverage (`inspection:read` to read, `inspection:write` to
 * record). Discipline and complaints have their own file.
 */
export type ProgramQuery = Query<'get', '/api/inspection/programs'>;
export type ProgramList = Answer<'get', '/api/inspection/programs'>;
export type Program = ProgramList['items'][number];
export type ProgramDetail = Answer<'get', '/api/inspection/programs/{id}'>;
export type TargetSummary = ProgramDetail['targetList'][number];
export type Target = Answer<'get', '/api/inspection/targets/{id}'>;
export type PhaseView = Target['phases'][number];
export type Phase = PhaseView['phase'];
export type Recommendation = Target['recommendations'][number];
export type ProgramKind = Program['kind'];
export type ProgramMode = Program['mode'];
export type TeamRole = Target['team'][number]['role'];
export type OverdueQuery = Query<'get', '/api/inspection/phases/overdue'>;
export type OverduePhase = Answer<'get', '/api/inspection/phases/overdue'>['items'][number];
export type SurveyQuery = Query<'get', '/api/inspection/dossier-surveys'>;
export type Survey = Answer<'get', '/api/inspection/dossier-surveys'>['items'][number];
export type Coverage = Answer<'get', '/api/inspection/dossier-surveys/coverage'>;
export type CoverageItem = Coverage['items'][number];

export type CreateProgramBody = RequestBody<'post', '/api/inspection/programs'>;
export type AddTargetBody = RequestBody<'post', '/api/inspection/programs/{id}/targets'>;
export type RecordPhaseBody = RequestBody<'post', '/api/inspection/targets/{id}/phases/{phase}'>;
export type FindingBody = RequestBody<'post', '/api/inspection/targets/{id}/findings'>;
export type ConcludeBody = RequestBody<'post', '/api/inspection/targets/{id}/conclude'>;
export type FollowUpBody = RequestBody<'post', '/api/inspection/recommendations/{id}/follow-ups'>;
export type RecordSurveyBody = RequestBody<'post', '/api/inspection/dossier-surveys'>;
export type InstructionBody = RequestBody<'post', '/api/inspection/dossier-surveys/instruction'>;

// Records, so the build fails when the API gains or drops a value; their order is the documents'.
const PHASES: Record<Phase, true> = { plan: true, notice: true, selfReport: true, verification: true, conclusion: true };
export const PHASE_VALUES = Object.keys(PHASES) as Phase[];
const KINDS: Record<ProgramKind, true> = { inspection: true, supervision: true };
export const KIND_VALUES = Object.keys(KINDS) as ProgramKind[];
const MODES: Record<ProgramMode, true> = { regular: true, thematic: true };
export const MODE_VALUES = Object.keys(MODES) as ProgramMode[];
const ROLES: Record<TeamRole, true> = { lead: true, deputy: true, member: true };
export const TEAM_ROLE_VALUES = Object.keys(ROLES) as TeamRole[];

const path = (id: string) => ({ params: { path: { id } } });

export const fetchPrograms = (query: ProgramQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/programs', { params: { query }, signal }));
export const fetchProgram = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/programs/{id}', { ...path(id), signal }));
export const createProgram = (body: CreateProgramBody) => unwrap(api.POST('/api/inspection/programs', { body }));
export const addTarget = (programId: string, body: AddTargetBody) => unwrap(api.POST('/api/inspection/programs/{id}/targets', { ...path(programId), body }));
export const fetchTarget = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/targets/{id}', { ...path(id), signal }));
export const recordPhase = (id: string, phase: Phase, body: RecordPhaseBody) =>
  unwrap(api.POST('/api/inspection/targets/{id}/phases/{phase}', { params: { path: { id, phase } }, body }));
export const addFinding = (id: string, body: FindingBody) => unwrap(api.POST('/api/inspection/targets/{id}/findings', { ...path(id), body }));
export const conclude = (id: string, body: ConcludeBody) => unwrap(api.POST('/api/inspection/targets/{id}/conclude', { ...path(id), body }));
export const followUp = (recommendationId: string, body: FollowUpBody) =>
  unwrap(api.POST('/api/inspection/recommendations/{id}/follow-ups', { ...path(recommendationId), body }));
export const fetchOverduePhases = (query: OverdueQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/phases/overdue', { params: { query }, signal }));

export const fetchSurveys = (query: SurveyQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/dossier-surveys', { params: { query }, signal }));
export const recordSurvey = (body: RecordSurveyBody) => unwrap(api.POST('/api/inspection/dossier-surveys', { body }));
export const issueInstruction = (body: InstructionBody) => unwrap(api.POST('/api/inspection/dossier-surveys/instruction', { body }));
/** The whole coverage on `asOf` in one answer: a bloc has a few hundred grassroots organizations at most (page size 500). */
export const fetchCoverage = (asOf: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/inspection/dossier-surveys/coverage', { params: { query: { asOf, pageSize: 500 } }, signal }));

/** The latest year something was planned or surveyed: where a list opens when the address names no year. */
export const latestProgramYear = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/inspection/programs', { params: { query: { pageSize: 1, sort: 'year', order: 'desc' } }, signal })).then((p) => p.items[0]?.year ?? null);
export const latestSurveyYear = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/inspection/dossier-surveys', { params: { query: { pageSize: 1, sort: 'surveyedOn', order: 'desc' } }, signal })).then((p) =>
    p.items[0] ? Number(p.items[0].surveyedOn.slice(0, 4)) : null,
  );

/* The home's counts: one row of each list, its total (the server judges the deadlines). */
const ONE = { page: 1, pageSize: 1 } as const;
export const countOverduePhases = (signal?: AbortSignal) => unwrap(api.GET('/api/inspection/phases/overdue', { params: { query: ONE }, signal })).then((p) => p.total);
export const countComplaints = (deadline: 'due' | 'overdue', signal?: AbortSignal) =>
  unwrap(api.GET('/api/inspection/complaints', { params: { query: { ...ONE, deadline, status: 'pending' } }, signal })).then((p) => p.total);
export const fetchCoverageCounts = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/inspection/dossier-surveys/coverage', { params: { query: { ...ONE, status: 'remaining' } }, signal })).then((c) => ({
    grassroots: c.grassroots,
    surveyed: c.surveyed,
    remaining: c.remaining,
  }));
