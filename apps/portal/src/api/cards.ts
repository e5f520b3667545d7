import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/** Thẻ đảng viên: the cards of a member, a first issue, a reissue (damaged / lost). */
export type CardPage = Answer<'get', '/api/members/{id}/cards'>;
export type PartyCard = CardPage['items'][number];
export type CardListQuery = Query<'get', '/api/members/{id}/cards'>;
export type IssueCardBody = RequestBody<'post', '/api/members/{id}/cards'>;
export type ReissueCardBody = RequestBody<'post', '/api/members/{id}/cards/reissue'>;
export type CardReissueReason = ReissueCardBody['reason'];

export const fetchCards = (personId: string, query: CardListQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/members/{id}/cards', { params: { path: { id: personId }, query }, signal }));

export const issueCard = (personId: string, body: IssueCardBody) =>
  unwrap(api.POST('/api/members/{id}/cards', { params: { path: { id: personId } }, body }));

export const reissueCard = (personId: string, body: ReissueCardBody) =>
  unwrap(api.POST('/api/members/{id}/cards/reissue', { params: { path: { id: personId } }, body }));
