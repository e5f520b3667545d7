import { api, unwrap } from './client';

/**
 * The counts of the home page's to-do cards. Each reads one page of one row of a worklist and
 * keeps its `total`: the lists compute due and overdue on the server (working days, holidays),
 * so the home never repeats those rules nor downloads the rows. The caller's scope applies.
 */
type Due = 'due' | 'overdue';
const ONE = { page: 1, pageSize: 1 } as const;

export const countProbationReviews = (status: Due, signal?: AbortSignal) =>
  unwrap(api.GET('/api/probation/reviews', { params: { query: { ...ONE, status } }, signal })).then((p) => p.total);

export const countAdmissionDeadlines = (status: Due, signal?: AbortSignal) =>
  unwrap(api.GET('/api/admissions/deadlines', { params: { query: { ...ONE, status } }, signal })).then((p) => p.total);

export const countTransfersInTransit = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/transfers', { params: { query: { ...ONE, state: 'inTransit' } }, signal })).then((p) => p.total);

export const countTransferDeadlines = (status: Due, signal?: AbortSignal) =>
  unwrap(api.GET('/api/transfers/deadlines', { params: { query: { ...ONE, status } }, signal })).then((p) => p.total);

export const countDeathNotices = (status: Due, signal?: AbortSignal) =>
  unwrap(api.GET('/api/deaths/notices', { params: { query: { ...ONE, status } }, signal })).then((p) => p.total);

export const countMissingDossiers = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/transfers/missing-dossiers', { params: { query: ONE }, signal })).then((p) => p.total);

/** The members due a badge on `occasion`, with the occasion's name and the count per level. */
export const fetchBadgeDue = (occasion: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/badges/eligible', { params: { query: { ...ONE, occasion, status: 'due' } }, signal })).then((p) => ({
    total: p.total,
    name: p.name,
    occasion: p.occasion,
    byLevel: p.byLevel,
  }));

/** How many dead letters wait (the admin's home). */
export const countDeadLetters = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/admin/dead-letters', { params: { query: { limit: 1 } }, signal })).then((p) => p.total);

/** Confidence votes with more than half low, waiting for the Standing Committee's decision (cadre service). */
export const countFlaggedVotes = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/cadre/confidence-votes/flagged', { params: { query: ONE }, signal })).then((p) => p.total);

/** Violations concluded by the Inspection Committee and waiting for a discipline decision (inspection service). */
export const countDisciplineProposals = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/inspection/discipline-proposals', { params: { query: ONE }, signal })).then((p) => p.total);
