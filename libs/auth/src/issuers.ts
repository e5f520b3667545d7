import type { Principal } from '@party/contracts';

/** Who signs tokens. A service believes a token only when one of these signed it with its own key. */
export const GATEWAY_ISSUER = 'party-gateway';
export const REPORT_WORKER_ISSUER = 'party-report-worker';

/**
 * What the report worker may do when it asks a service: whole-bloc reading of exactly what its
 * jobs read, nothing else. Fixed here, not in its token: a token signed with the worker's key
 * gets this principal whatever it claims, so the worker's key cannot make an administrator.
 */
export const REPORT_WORKER_PRINCIPAL: Principal = Object.freeze({
  userId: 'system:report-worker',
  username: 'report-worker',
  roles: [],
  permissions: ['orgs:read', 'members:read', 'inspection:read', 'reports:read'],
  orgScopeId: null,
}) as Principal;
