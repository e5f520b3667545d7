import { api, unwrap, type Answer, type Query } from './client';

/** Each service's audit log, and the gateway's (`GET /api/audit/<service>`): the same query, the same answer. */
export const AUDIT_SERVICES = ['gateway', 'membership', 'cadre', 'training', 'inspection', 'reporting'] as const;
export type AuditService = (typeof AUDIT_SERVICES)[number];

export type AuditPage = Answer<'get', '/api/audit/membership'>;
export type AuditEntry = AuditPage['items'][number];
export type AuditQuery = Query<'get', '/api/audit/membership'>;

export const fetchAudit = (service: AuditService, query: AuditQuery, signal?: AbortSignal) =>
  // every service's path has the same query and answer: typed through one of them
  unwrap(api.GET(`/api/audit/${service}` as '/api/audit/membership', { params: { query }, signal }));
