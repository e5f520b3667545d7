import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/**
 * The Inspection Committee's work on people and organizations (inspection service): cases when
 * there are signs of a violation, disciplines and the complaints against them, denunciations and
 * other complaints with their deadlines; the outcomes the Organization Board may read.
 */
export type CaseQuery = Query<'get', '/api/inspection/cases'>;
export type CasePage = Answer<'get', '/api/inspection/cases'>;
export type CaseView = Answer<'get', '/api/inspection/cases/{id}'>;
export type CaseOutcome = NonNullable<CaseView['outcome']>;
export type DisciplineProposalQuery = Query<'get', '/api/inspection/discipline-proposals'>;
export type DisciplineProposalPage = Answer<'get', '/api/inspection/discipline-proposals'>;
export type DisciplineProposal = DisciplineProposalPage['items'][number];
export type OpenCaseBody = RequestBody<'post', '/api/inspection/cases'>;
export type CloseCaseBody = RequestBody<'post', '/api/inspection/cases/{id}/close'>;

export type DisciplineQuery = Query<'get', '/api/inspection/disciplines'>;
export type DisciplinePage = Answer<'get', '/api/inspection/disciplines'>;
export type DisciplineView = Answer<'get', '/api/inspection/disciplines/{id}'>;
export type DisciplineOutcome = Answer<'get', '/api/inspection/discipline-outcomes'>['items'][number];
export type OutcomePage = Answer<'get', '/api/inspection/discipline-outcomes'>;
export type Penalty = DisciplineView['level'];
export type DecidingBody = DisciplineView['decidingBody'];
export type DisciplineStatus = DisciplineView['status'];
export type DisciplineSubject = DisciplineView['subject'];
export type DecideBody = RequestBody<'post', '/api/inspection/disciplines'>;

export type ComplaintQuery = Query<'get', '/api/inspection/complaints'>;
export type ComplaintPage = Answer<'get', '/api/inspection/complaints'>;
export type ComplaintView = Answer<'get', '/api/inspection/complaints/{id}'>;
export type ComplaintKind = ComplaintView['kind'];
export type ResolvingLevel = ComplaintView['resolvingLevel'];
export type ComplaintOutcome = NonNullable<ComplaintView['outcome']>;
export type Ruling = NonNullable<ComplaintView['ruling']>;
export type FileComplaintBody = RequestBody<'post', '/api/inspection/complaints'>;
export type FileDisciplineComplaintBody = RequestBody<'post', '/api/inspection/disciplines/{id}/complaints'>;
export type ResolveBody = RequestBody<'post', '/api/inspection/complaints/{id}/resolve'>;
export type RulingBody = RequestBody<'post', '/api/inspection/complaints/{id}/ruling'>;

/** The query keys every command here refreshes (lists, records, counts). */
export const CASES_KEY = ['inspection', 'cases'] as const;
export const DISCIPLINES_KEY = ['inspection', 'disciplines'] as const;
export const COMPLAINTS_KEY = ['inspection', 'complaints'] as const;
export const OUTCOMES_KEY = ['inspection', 'outcomes'] as const;

export const fetchCases = (query: CaseQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/cases', { params: { query }, signal }));
export const fetchCase = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/cases/{id}', { params: { path: { id } }, signal }));
/** Cases concluded with a violation and no discipline recorded for them yet (the Standing Committee's worklist). */
export const fetchDisciplineProposals = (query: DisciplineProposalQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/discipline-proposals', { params: { query }, signal }));
export const openCase = (body: OpenCaseBody) => unwrap(api.POST('/api/inspection/cases', { body }));
export const closeCase = (id: string, body: CloseCaseBody) => unwrap(api.POST('/api/inspection/cases/{id}/close', { params: { path: { id } }, body }));

export const fetchDisciplines = (query: DisciplineQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/disciplines', { params: { query }, signal }));
export const fetchDiscipline = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/disciplines/{id}', { params: { path: { id } }, signal }));
export const fetchOutcomes = (query: DisciplineQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/discipline-outcomes', { params: { query }, signal }));
export const decideDiscipline = (body: DecideBody) => unwrap(api.POST('/api/inspection/disciplines', { body }));
export const fileDisciplineComplaint = (id: string, body: FileDisciplineComplaintBody) =>
  unwrap(api.POST('/api/inspection/disciplines/{id}/complaints', { params: { path: { id } }, body }));

export const fetchComplaints = (query: ComplaintQuery, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/complaints', { params: { query }, signal }));
export const fetchComplaint = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/inspection/complaints/{id}', { params: { path: { id } }, signal }));
export const fileComplaint = (body: FileComplaintBody) => unwrap(api.POST('/api/inspection/complaints', { body }));
export const resolveComplaint = (id: string, body: ResolveBody) => unwrap(api.POST('/api/inspection/complaints/{id}/resolve', { params: { path: { id } }, body }));
export const ruleOnComplaint = (id: string, body: RulingBody) => unwrap(api.POST('/api/inspection/complaints/{id}/ruling', { params: { path: { id } }, body }));

/**
 * What a command about a person changes here and elsewhere: the three lists, the outcomes, and the
 * member's record (a case or a pending complaint holds a transfer; a discipline holds badges).
 */
export const DISCIPLINE_INVALIDATES = [['inspection'], ['members']];
