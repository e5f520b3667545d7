import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/** Leaving the Party (xóa tên, cho ra khỏi Đảng, từ trần), the death notices, exemption from activities. */
export type NoticeQuery = Query<'get', '/api/deaths/notices'>;
export type NoticePage = Answer<'get', '/api/deaths/notices'>;
export type DeathNotice = NoticePage['items'][number];
export type StrikeOffReason = Answer<'get', '/api/leaving/strike-off-reasons'>[number];
export type StrikeOffBody = RequestBody<'post', '/api/members/{id}/strike-off'>;
export type LeaveBody = RequestBody<'post', '/api/members/{id}/leave'>;
export type DiedBody = RequestBody<'post', '/api/members/{id}/death'>;
export type DiedAnswer = Answer<'post', '/api/members/{id}/death'>;
export type NoticeBody = RequestBody<'post', '/api/deaths/{id}/notice'>;
export type NoticeAnswer = Answer<'post', '/api/deaths/{id}/notice'>;
export type LeavingRecord = Answer<'post', '/api/members/{id}/strike-off'>;
export type ExemptBody = RequestBody<'post', '/api/members/{id}/exemption'>;

export const fetchDeathNotices = (query: NoticeQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/deaths/notices', { params: { query }, signal }));

export const fetchStrikeOffReasons = (signal?: AbortSignal) => unwrap(api.GET('/api/leaving/strike-off-reasons', { signal }));

const path = (id: string) => ({ params: { path: { id } } });

export const strikeOff = (id: string, body: StrikeOffBody) => unwrap(api.POST('/api/members/{id}/strike-off', { ...path(id), body }));
export const allowToLeave = (id: string, body: LeaveBody) => unwrap(api.POST('/api/members/{id}/leave', { ...path(id), body }));
export const recordDeath = (id: string, body: DiedBody) => unwrap(api.POST('/api/members/{id}/death', { ...path(id), body }));
export const markNoticeSent = (id: string, body: NoticeBody) => unwrap(api.POST('/api/deaths/{id}/notice', { ...path(id), body }));
export const exempt = (id: string, body: ExemptBody) => unwrap(api.POST('/api/members/{id}/exemption', { ...path(id), body }));

/** What a leaving command changes: the death notices, the member lists and records, the probation worklist. */
export const LEAVING_INVALIDATES = [['deaths'], ['members'], ['probation']];
