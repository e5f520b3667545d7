import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/** Thời kỳ dự bị: the reviews due or overdue, conversion to official, removal from the probationary list. */
export type ReviewQuery = Query<'get', '/api/probation/reviews'>;
export type ReviewPage = Answer<'get', '/api/probation/reviews'>;
export type ProbationReview = ReviewPage['items'][number];
export type ReviewStatus = ProbationReview['status'];
export type ConvertBody = RequestBody<'post', '/api/probation/{personId}/convert'>;
export type ConvertAnswer = Answer<'post', '/api/probation/{personId}/convert'>;
export type RemoveBody = RequestBody<'post', '/api/probation/{personId}/remove'>;

export const fetchReviews = (query: ReviewQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/probation/reviews', { params: { query }, signal }));

export const convertToOfficial = (personId: string, body: ConvertBody) =>
  unwrap(api.POST('/api/probation/{personId}/convert', { params: { path: { personId } }, body }));

export const removeFromProbation = (personId: string, body: RemoveBody) =>
  unwrap(api.POST('/api/probation/{personId}/remove', { params: { path: { personId } }, body }));

/** What a probation command changes: the worklist, the member lists and the member's record. */
export const PROBATION_INVALIDATES = [['probation'], ['members']];
