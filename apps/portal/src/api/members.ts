import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

export type MemberQuery = Query<'get', '/api/members'>;
export type MemberPage = Answer<'get', '/api/members'>;
export type MemberSummary = MemberPage['items'][number];
export type MemberDetail = Answer<'get', '/api/members/{id}'>;
export type TimelineEntry = MemberDetail['timeline'][number];
export type MembershipStatus = MemberSummary['status'];
export type CodeLists = Answer<'get', '/api/people/code-lists'>;
export type CreatePersonBody = RequestBody<'post', '/api/people'>;
export type RegisterExistingBody = RequestBody<'post', '/api/members/existing'>;
export type PersonCorrectionBody = RequestBody<'post', '/api/members/{id}/corrections'>;
export type PartyAge = Answer<'get', '/api/members/{id}/party-age'>;
export type PartyCard = Answer<'get', '/api/members/{id}/cards'>['items'][number];
export type TransferView = Answer<'get', '/api/transfers'>['items'][number];
export type TrainingHistory = Answer<'get', '/api/training/people/history'>;

export const MEMBER_PAGE_SIZE = 50;

// A record, so the build fails when the API gains or drops a status; its order is the filter's.
const STATUSES: Record<MembershipStatus, true> = {
  masses: true, candidate: true, probationary: true, official: true, removedFromProbation: true,
  struckOff: true, left: true, died: true, expelled: true,
};
export const MEMBER_STATUSES = Object.keys(STATUSES) as MembershipStatus[];

export const fetchMembers = (query: MemberQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/members', { params: { query }, signal }));

export const fetchMember = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/members/{id}', { params: { path: { id } }, signal }));

/** Gender, ethnicity, religion, education… as the statistics forms name them. */
export const fetchCodeLists = (signal?: AbortSignal) => unwrap(api.GET('/api/people/code-lists', { signal }));

export const createPerson = (body: CreatePersonBody) => unwrap(api.POST('/api/people', { body }));

export const registerExistingMember = (body: RegisterExistingBody) => unwrap(api.POST('/api/members/existing', { body }));

export const correctPerson = (id: string, body: PersonCorrectionBody) =>
  unwrap(api.POST('/api/members/{id}/corrections', { params: { path: { id } }, body }));

/** Party age today (or on `asOf`), interruptions left out (Điều lệ Đảng, Điều 5). */
export const fetchPartyAge = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/members/{id}/party-age', { params: { path: { id } }, signal }));

export const fetchCards = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/members/{id}/cards', { params: { path: { id }, query: { pageSize: 200 } }, signal }));

export const fetchTransfersOf = (personId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/transfers', { params: { query: { personId, pageSize: 200 } }, signal }));

/** Classes, registrations and sendings of one person (training service; needs training:read). */
export const fetchTrainingHistory = (personId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/training/people/history', { params: { query: { personId } }, signal }));
