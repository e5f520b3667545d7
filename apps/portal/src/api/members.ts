import { api, unwrap, type Answer, type Query } from './client';

export type MemberQuery = Query<'get', '/api/members'>;
export type MemberPage = Answer<'get', '/api/members'>;
export type MemberSummary = MemberPage['items'][number];
export type MemberDetail = Answer<'get', '/api/members/{id}'>;
export type TimelineEntry = MemberDetail['timeline'][number];
export type MembershipStatus = MemberSummary['status'];

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
