import { describe, expect, it } from '@jest/globals';
import type { AdminUser } from '../../api/gateway';
import { changesOf, isScoped, mixesScopes, newUserOf, strongEnough } from './user-changes';
import { isLocked } from './users-query';

const secretary: AdminUser = {
  id: '01900000-0000-7000-8000-000000000001',
  username: 'bithu',
  fullName: 'Đỗ Thị Lan',
  roles: ['secretary'],
  orgScopeId: 'org-1',
  active: true,
  lastLoginAt: null,
  lockedUntil: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

describe('the user form', () => {
  it('sends nothing when nothing changed (roles in another order are the same roles)', () => {
    expect(changesOf({ ...secretary, roles: ['viewer', 'org_board'], orgScopeId: null }, { fullName: ' Đỗ Thị Lan ', roles: ['org_board', 'viewer'] })).toEqual({});
    expect(changesOf(secretary, { fullName: 'Đỗ Thị Lan', roles: ['secretary'], orgScopeId: 'org-1', password: '' })).toEqual({});
  });

  it('sends only the changed name and a new password when one is typed', () => {
    expect(changesOf(secretary, { fullName: 'Đỗ Thị Lan Anh', roles: ['secretary'], orgScopeId: 'org-1', password: 'Moi12345' })).toEqual({
      fullName: 'Đỗ Thị Lan Anh',
      password: 'Moi12345',
    });
  });

  it('drops the organization when a secretary becomes a whole-bloc role', () => {
    expect(changesOf(secretary, { fullName: 'Đỗ Thị Lan', roles: ['viewer'], orgScopeId: 'org-1' })).toEqual({ roles: ['viewer'], orgScopeId: null });
  });

  it('moves a secretary to another organization without touching the roles', () => {
    expect(changesOf(secretary, { fullName: 'Đỗ Thị Lan', roles: ['secretary'], orgScopeId: 'org-2' })).toEqual({ orgScopeId: 'org-2' });
  });

  it('creates a whole-bloc user without an organization even if one was picked before', () => {
    expect(newUserOf({ username: ' canbo ', fullName: 'Cán bộ', password: 'Abcdefg1', roles: ['viewer'], orgScopeId: 'org-1' })).toEqual({
      username: 'canbo',
      fullName: 'Cán bộ',
      password: 'Abcdefg1',
      roles: ['viewer'],
    });
  });

  it('knows the scoped role and refuses mixing it with whole-bloc roles', () => {
    expect(isScoped(['secretary'])).toBe(true);
    expect(isScoped(['viewer', 'admin'])).toBe(false);
    expect(mixesScopes(['secretary', 'viewer'])).toBe(true);
    expect(mixesScopes(['secretary'])).toBe(false);
    expect(mixesScopes([])).toBe(false);
  });

  it('asks for 8 characters with letters and digits, as the gateway does', () => {
    expect(strongEnough('Abcdefg1')).toBe(true);
    expect(strongEnough('Abcdef1')).toBe(false);
    expect(strongEnough('abcdefgh')).toBe(false);
    expect(strongEnough('12345678')).toBe(false);
  });
});

describe('the lock after failed logins', () => {
  const now = Date.parse('2026-12-07T02:00:00Z');
  it('holds until its end, not at it nor after', () => {
    expect(isLocked('2026-12-07T02:15:00.000Z', now)).toBe(true);
    expect(isLocked('2026-12-07T02:00:00.000Z', now)).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});
