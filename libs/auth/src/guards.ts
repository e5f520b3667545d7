import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError, Permission } from '@party/contracts';
import { assertPermission } from './authorize';
import { AccessClaims, accessClaimsSchema, principalFromClaims } from './claims';
import { AuthenticatedRequest, IS_PUBLIC, REQUIRED_PERMISSIONS } from './decorators';

const UNAUTHENTICATED = new DomainError({
  code: 'unauthenticated',
  message: { vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại', en: 'Missing, invalid or expired token: please log in again' },
});

/**
 * Whether a correctly signed access token still speaks for its user: not logged out, the account
 * active and unchanged since. Answered from memory when it can (a Map lookup); the gateway provides it.
 */
export interface SessionCheck {
  isCurrent(claims: AccessClaims): boolean | Promise<boolean>;
}
export const SESSION_CHECK = Symbol('SESSION_CHECK');

/** Verifies the bearer access token (and, when provided, that its session is current) and puts the principal on the request. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    @Optional() @Inject(SESSION_CHECK) private readonly sessions?: SessionCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers['authorization'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) throw UNAUTHENTICATED;
    let claims: AccessClaims;
    try {
      claims = accessClaimsSchema.parse(await this.jwt.verifyAsync(token, { algorithms: ['HS256'] }));
    } catch {
      throw UNAUTHENTICATED;
    }
    if (this.sessions && !(await this.sessions.isCurrent(claims))) throw UNAUTHENTICATED;
    req.principal = principalFromClaims(claims);
    req.claims = claims;
    return true;
  }
}

/** Runs after authentication and before any pipe: a viewer gets 403, not a 400 about the body. */
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const needed = this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, [context.getHandler(), context.getClass()]);
    if (!needed?.length) return true;
    assertPermission(context.switchToHttp().getRequest<AuthenticatedRequest>().principal, ...needed);
    return true;
  }
}
