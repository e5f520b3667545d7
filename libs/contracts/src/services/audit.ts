import { z } from 'zod';
import type { Permission } from '../auth/roles';
import { bilingual } from '../errors/validate';
import { localDate } from '../local-date';
import { defineRoute, Route } from '../routes/define-route';
import { pageParam, pageSizeParam, paged } from '../routes/conventions';
import { BACKEND_SERVICES, BackendService } from './patterns';

/**
 * Nhật ký thay đổi (issue 16): every service keeps its own append-only `audit_log`; each answers
 * the same route over it, declared here once per service and answered by `@party/service-kit`, so a
 * new service has its audit readable by being listed in `BACKEND_SERVICES`.
 */

/**
 * Audit rows whose before/after are confidential: readable in full only with `permission`; to
 * anyone else with `audit:read` the row says who did what to which record and when, without the
 * data. The owning service marks its confidential entities here, next to its route.
 */
export interface ConfidentialAudit {
  entity: string;
  /** Only these actions of the entity (all of its actions when absent). */
  actions?: readonly string[];
  permission: Permission;
}

export const AUDIT_CONFIDENTIAL: Readonly<Record<BackendService, readonly ConfidentialAudit[]>> = {
  membership: [
    // hồ sơ đảng viên: the entries and their corrections (Hướng dẫn về hồ sơ đảng viên)
    { entity: 'dossier_entry', permission: 'dossier:read' },
    // a candidate's vetting (thẩm tra lý lịch) is kept to vetting:read; the rest of the candidate's audit
    // also carries its vetting fields (the audit keeps the whole record), so every candidate row is
    { entity: 'candidate', permission: 'vetting:read' },
  ],
  cadre: [
    { entity: 'vetting_case', permission: 'vetting:read' },
    // cadre records are read with cadre:read (the Board, the Standing Committee): an administrator
    // keeps who did what and when, not the planning, the votes or the committees' people
    { entity: 'planning_entry', permission: 'cadre:read' },
    { entity: 'planning_review', permission: 'cadre:read' },
    { entity: 'confidence_vote', permission: 'cadre:read' },
    { entity: 'committee', permission: 'cadre:read' },
    { entity: 'committee_decision', permission: 'cadre:read' },
    { entity: 'committee_holding', permission: 'cadre:read' },
  ],
  training: [],
  // the inspection routes say so: the Inspection Committee and the Standing Committee only
  inspection: [
    { entity: 'inspection_case', permission: 'inspection:read' },
    { entity: 'complaint', permission: 'inspection:read' },
    { entity: 'discipline', permission: 'discipline:read' },
  ],
  reporting: [],
};

export const auditListQuery = z.strictObject({
  entity: z.string().trim().min(1).max(100).optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  /** The actor's username, or part of it. */
  actor: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  /** From this day (Vietnam time), inclusive. */
  from: localDate.optional(),
  /** Up to this day (Vietnam time), inclusive. */
  to: localDate.optional(),
  page: pageParam,
  pageSize: pageSizeParam,
}).refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: bilingual('Ngày cuối không được trước ngày đầu', 'The last day cannot be before the first') });
export type AuditListQuery = z.output<typeof auditListQuery>;

export const auditEntryViewSchema = z.object({
  id: z.string(),
  /** When it was written (an instant, ISO 8601). */
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** True when the before/after were left out: confidential data the caller may not read. */
  redacted: z.boolean(),
  correlationId: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;
export const auditPageSchema = paged(auditEntryViewSchema);

export const AUDIT_PERMISSION: Permission = 'audit:read';

/** `GET /api/audit/<service>`, pattern `<service>.audit.list`: the service's audit, newest first. */
export function auditRoute(service: BackendService) {
  return defineRoute({
    service,
    method: 'GET',
    path: `audit/${service}`,
    pattern: `${service}.audit.list`,
    permission: AUDIT_PERMISSION,
    tag: 'admin',
    summary: `Nhật ký thay đổi của dịch vụ ${service} / The ${service} service's audit log`,
    description:
      'Who changed what, when, before and after; newest first, paged. Append-only in the database. ' +
      'The before/after of confidential records (vetting, dossier) are left out (`redacted`) for a caller without the permission to read them.',
    query: auditListQuery,
    response: auditPageSchema,
  });
}
export type AuditRoute = ReturnType<typeof auditRoute>;

export const AUDIT_ROUTES = Object.fromEntries(BACKEND_SERVICES.map((s) => [s, auditRoute(s)])) as Record<BackendService, AuditRoute>;
export const ALL_AUDIT_ROUTES: readonly Route[] = Object.values(AUDIT_ROUTES);
