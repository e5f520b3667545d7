import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/** The candidate pipeline (quần chúng ưu tú → kết nạp) and the admission commands. */
export type CandidateQuery = Query<'get', '/api/candidates'>;
export type CandidatePage = Answer<'get', '/api/candidates'>;
export type CandidateSummary = CandidatePage['items'][number];
export type CandidateView = Answer<'get', '/api/candidates/{id}'>;
export type CandidateStage = CandidateSummary['stage'];
export type IntroducerKind = CandidateView['introducers'][number]['kind'];
export type DeadlineQuery = Query<'get', '/api/admissions/deadlines'>;
export type DeadlinePage = Answer<'get', '/api/admissions/deadlines'>;
export type AdmissionDeadline = DeadlinePage['items'][number];
export type CodeLists = Answer<'get', '/api/people/code-lists'>;
export type NewPerson = RequestBody<'post', '/api/people'>;
export type NominateBody = RequestBody<'post', '/api/candidates'>;
export type SympathizerBody = RequestBody<'post', '/api/candidates/{id}/sympathizer'>;
export type VettingBody = RequestBody<'post', '/api/candidates/{id}/vetting'>;
export type IntroducersBody = RequestBody<'post', '/api/candidates/{id}/introducers'>;
export type ResolutionBody = RequestBody<'post', '/api/candidates/{id}/resolution'>;
export type AdmitBody = RequestBody<'post', '/api/admissions'>;
export type AdmitAnswer = Answer<'post', '/api/admissions'>;
export type CeremonyBody = RequestBody<'post', '/api/admissions/{personId}/ceremony'>;

export const fetchCandidates = (query: CandidateQuery, signal?: AbortSignal) => unwrap(api.GET('/api/candidates', { params: { query }, signal }));

export const fetchCandidate = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/candidates/{id}', { params: { path: { id } }, signal }));

export const fetchAdmissionDeadlines = (query: DeadlineQuery, signal?: AbortSignal) => unwrap(api.GET('/api/admissions/deadlines', { params: { query }, signal }));

export const createPerson = (body: NewPerson) => unwrap(api.POST('/api/people', { body }));

export const nominateCandidate = (body: NominateBody) => unwrap(api.POST('/api/candidates', { body }));

export const listSympathizer = (id: string, body: SympathizerBody) => unwrap(api.POST('/api/candidates/{id}/sympathizer', { params: { path: { id } }, body }));

export const recordVetting = (id: string, body: VettingBody) => unwrap(api.POST('/api/candidates/{id}/vetting', { params: { path: { id } }, body }));

export const recordIntroducers = (id: string, body: IntroducersBody) => unwrap(api.POST('/api/candidates/{id}/introducers', { params: { path: { id } }, body }));

export const recordResolution = (id: string, body: ResolutionBody) => unwrap(api.POST('/api/candidates/{id}/resolution', { params: { path: { id } }, body }));

export const admitCandidate = (body: AdmitBody) => unwrap(api.POST('/api/admissions', { body }));

export const recordCeremony = (personId: string, body: CeremonyBody) =>
  unwrap(api.POST('/api/admissions/{personId}/ceremony', { params: { path: { personId } }, body }));
