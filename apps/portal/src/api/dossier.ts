import { api, unwrap, type Answer, type RequestBody } from './client';

export type DossierPage = Answer<'get', '/api/members/{id}/dossier'>;
export type DossierItem = DossierPage['items'][number];
export type DossierVersion = DossierItem['original'];
export type DossierKind = Answer<'get', '/api/dossier/kinds'>[number];
export type DossierEntryBody = RequestBody<'post', '/api/members/{id}/dossier'>;
export type DossierCorrectionBody = RequestBody<'post', '/api/members/{id}/dossier/{entryId}/corrections'>;

/** The whole dossier of a person (a few dozen entries at most), oldest document first; each read is audited. */
export const fetchDossier = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/members/{id}/dossier', { params: { path: { id }, query: { sort: 'documentDate', order: 'asc', pageSize: 500 } }, signal }));

export const fetchDossierKinds = (signal?: AbortSignal) => unwrap(api.GET('/api/dossier/kinds', { signal }));

export const addDossierEntry = (id: string, body: DossierEntryBody) =>
  unwrap(api.POST('/api/members/{id}/dossier', { params: { path: { id } }, body }));

export const correctDossierEntry = (id: string, entryId: string, body: DossierCorrectionBody) =>
  unwrap(api.POST('/api/members/{id}/dossier/{entryId}/corrections', { params: { path: { id, entryId } }, body }));
