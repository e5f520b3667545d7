import { api, unwrap, type Answer, type Query, type RequestBody } from './client';

/** Chuyển sinh hoạt đảng: the lists, one transfer, and its commands. */
export type TransferQuery = Query<'get', '/api/transfers'>;
export type TransferPage = Answer<'get', '/api/transfers'>;
export type Transfer = TransferPage['items'][number];
export type TransferKind = Transfer['kind'];
export type TransferState = NonNullable<TransferQuery['state']>;
export type TransferHop = Transfer['hops'][number];
export type DeadlineQuery = Query<'get', '/api/transfers/deadlines'>;
export type DeadlinePage = Answer<'get', '/api/transfers/deadlines'>;
export type TransferDeadline = DeadlinePage['items'][number];
export type MissingDossierQuery = Query<'get', '/api/transfers/missing-dossiers'>;
export type MissingDossierPage = Answer<'get', '/api/transfers/missing-dossiers'>;
export type MissingDossier = MissingDossierPage['items'][number];
export type CodeLists = Answer<'get', '/api/people/code-lists'>;

export type TransferOutBody = RequestBody<'post', '/api/transfers/out'>;
export type TransferInBody = RequestBody<'post', '/api/transfers/in'>;
export type TransferInternalBody = RequestBody<'post', '/api/transfers/internal'>;
export type TransferTemporaryBody = RequestBody<'post', '/api/transfers/temporary'>;
export type HopBody = RequestBody<'post', '/api/transfers/{id}/hops'>;
export type ArriveBody = RequestBody<'post', '/api/transfers/{id}/arrive'>;
export type FollowUpBody = RequestBody<'post', '/api/transfers/{id}/follow-up'>;

// Records, so the build fails when the API gains or drops a kind or a state; their order is the screen's.
const KINDS: Record<TransferKind, true> = { internal: true, in: true, out: true, temporary: true };
export const TRANSFER_KINDS = Object.keys(KINDS) as TransferKind[];
const STATES: Record<TransferState, true> = { inTransit: true, overdue: true, arrived: true, completed: true };
export const TRANSFER_STATES = Object.keys(STATES) as TransferState[];

/** What every list and command invalidates: the lists, their counts, one transfer, the members. */
export const TRANSFERS_KEY = ['transfers'] as const;

export const fetchTransfers = (query: TransferQuery, signal?: AbortSignal) => unwrap(api.GET('/api/transfers', { params: { query }, signal }));
export const fetchDeadlines = (query: DeadlineQuery, signal?: AbortSignal) => unwrap(api.GET('/api/transfers/deadlines', { params: { query }, signal }));
export const fetchMissingDossiers = (query: MissingDossierQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/transfers/missing-dossiers', { params: { query }, signal }));
export const fetchTransfer = (id: string, signal?: AbortSignal) => unwrap(api.GET('/api/transfers/{id}', { params: { path: { id } }, signal }));
export const fetchCodeLists = (signal?: AbortSignal) => unwrap(api.GET('/api/people/code-lists', { signal }));

export const transferOut = (body: TransferOutBody) => unwrap(api.POST('/api/transfers/out', { body }));
export const transferIn = (body: TransferInBody) => unwrap(api.POST('/api/transfers/in', { body }));
export const transferInternal = (body: TransferInternalBody) => unwrap(api.POST('/api/transfers/internal', { body }));
export const transferTemporary = (body: TransferTemporaryBody) => unwrap(api.POST('/api/transfers/temporary', { body }));
export const recordHop = (id: string, body: HopBody) => unwrap(api.POST('/api/transfers/{id}/hops', { params: { path: { id } }, body }));
export const arrive = (id: string, body: ArriveBody) => unwrap(api.POST('/api/transfers/{id}/arrive', { params: { path: { id } }, body }));
export const followUp = (id: string, body: FollowUpBody) => unwrap(api.POST('/api/transfers/{id}/follow-up', { params: { path: { id } }, body }));
