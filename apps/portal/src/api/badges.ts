import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/** Huy hiệu Đảng: who is due on an occasion, a round of awards under one decision, early and posthumous cases. */
export type EligibleQuery = Query<'get', '/api/badges/eligible'>;
export type EligiblePage = Answer<'get', '/api/badges/eligible'>;
export type BadgeCandidate = EligiblePage['items'][number];
export type BadgeBatchBody = RequestBody<'post', '/api/badges/awards/batch'>;
export type BadgeBatchResult = Answer<'post', '/api/badges/awards/batch'>;
export type BadgeCaseBody = RequestBody<'post', '/api/badges/cases'>;

export const fetchEligible = (query: EligibleQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/badges/eligible', { params: { query }, signal }));

/** All the round's awards in one transaction: every one is recorded, or none. */
export const awardBadges = (body: BadgeBatchBody) => unwrap(api.POST('/api/badges/awards/batch', { body }));

export const recordBadgeCase = (body: BadgeCaseBody) => unwrap(api.POST('/api/badges/cases', { body }));
