import { DomainError, Permission, Principal } from '@party/contracts';

/**
 * The check each owning service makes itself (not only the gateway): a missing principal or
 * permission is a 403 with a message a person can act on.
 */
export function assertPermission(principal: Principal | null | undefined, ...needed: Permission[]): Principal {
  if (!principal) {
    throw new DomainError({ code: 'unauthenticated', message: { vi: 'Cần đăng nhập', en: 'Authentication required' } });
  }
  const missing = needed.filter((p) => !principal.permissions.includes(p));
  if (missing.length) {
    throw DomainError.forbidden({
      vi: `Vai trò của bạn không có quyền: ${missing.join(', ')}`,
      en: `Your role lacks the permission: ${missing.join(', ')}`,
    });
  }
  return principal;
}

/** A whole-bloc principal sees every organization; a scoped one only its subtree. */
export function isWholeBloc(principal: Principal): boolean {
  return principal.orgScopeId === null;
}
