import type { OrgDetailView, OrgKind, OrgView } from '@party/contracts';
import { api } from './client';

export type { OrgDetailView, OrgGuidanceCheck, OrgVersionView, OrgView } from '@party/contracts';

/** `GET /api/orgs`: every organization active on `asOf`, in the caller's scope. */
export interface OrgList {
  asOf: string;
  total: number;
  items: OrgView[];
}

export interface OrgListQuery {
  asOf?: string;
  parentId?: string;
  kind?: OrgKind;
}

export const fetchOrgs = (query: OrgListQuery, signal?: AbortSignal) =>
  api<OrgList>(`/api/orgs${queryString({ ...query })}`, { signal });

export const fetchOrg = (id: string, asOf: string | undefined, signal?: AbortSignal) =>
  api<OrgDetailView>(`/api/orgs/${encodeURIComponent(id)}${queryString({ asOf })}`, { signal });

/** `?a=1&b=2` from the defined, non-empty values; `''` when there are none. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
