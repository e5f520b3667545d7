import type { DeadLetter } from '@party/contracts';
import { api } from './client';

/**
 * The gateway's endpoints the portal uses, typed by hand for now. Once the gateway publishes its
 * OpenAPI document, this file is what a generated client replaces (STYLE.md, "The portal").
 */

export interface Me {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  permissions: string[];
  orgScopeId: string | null;
}

export type UpDown = 'up' | 'down';
export const SERVICE_NAMES = ['membership', 'cadre', 'training', 'inspection', 'reporting'] as const;
export const INFRA_NAMES = ['postgres', 'nats', 'redis'] as const;

export interface Health {
  status: 'up' | 'down' | 'seeding';
  services: Partial<Record<(typeof SERVICE_NAMES)[number], UpDown>>;
  infra: Partial<Record<(typeof INFRA_NAMES)[number], UpDown>>;
}

export interface AdminUser {
  id: string;
  username: string;
  fullName: string;
  roles: string[];
  orgScopeId: string | null;
  active: boolean;
  createdAt: string;
}

export interface NewUser {
  username: string;
  fullName: string;
  password: string;
  roles: string[];
  orgScopeId?: string;
}

export interface UserChanges {
  fullName?: string;
  roles?: string[];
  orgScopeId?: string | null;
  active?: boolean;
  password?: string;
}

export type { DeadLetter } from '@party/contracts';

export interface Page<T> {
  items: T[];
  total: number;
}

export const fetchMe = (signal?: AbortSignal) => api<Me>('/api/auth/me', { signal });

// 503 is the same document with some parts down, not a failure to read it.
export const fetchHealth = (signal?: AbortSignal) => api<Health>('/api/health', { signal, accept: [503] });

export const fetchUsers = (signal?: AbortSignal) => api<Page<AdminUser>>('/api/admin/users', { signal });
export const createUser = (user: NewUser) => api<AdminUser>('/api/admin/users', { method: 'POST', body: user });
export const updateUser = (id: string, changes: UserChanges) =>
  api<AdminUser>(`/api/admin/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: changes });

export const fetchDeadLetters = (signal?: AbortSignal) => api<Page<DeadLetter>>('/api/admin/dead-letters', { signal });
export const retryDeadLetter = (seq: number) =>
  api<{ retried: unknown }>(`/api/admin/dead-letters/${seq}/retry`, { method: 'POST' });
