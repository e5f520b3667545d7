import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission, Principal } from '@party/contracts';
import type { AccessClaims } from './claims';

export const IS_PUBLIC = 'auth:isPublic';
export const REQUIRED_PERMISSIONS = 'auth:permissions';

/** No token needed (login, refresh, health, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Every listed permission is needed; checked before the body is validated. */
export const RequirePermissions = (...permissions: Permission[]) => SetMetadata(REQUIRED_PERMISSIONS, permissions);

export interface AuthenticatedRequest {
  principal?: Principal;
  /** The verified token's claims (its session `sid`, for logout). */
  claims?: AccessClaims;
  /** The verified token itself: forwarded to the services, which check its signature again. */
  accessToken?: string;
  headers: Record<string, string | string[] | undefined>;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
