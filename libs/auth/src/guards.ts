import { CanActivate, ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Permission, Principal } from '@party/contracts';
import { assertPermission } from './authorize';
import { UNVERIFIED_TOKEN } from './principal-verifier';
import { TOKEN_ALGORITHM } from './token-keys';
import { VerifiedTokens } from './verified-tokens';
import { AccessClaims, accessClaimsSchema, principalFromClaims } from './claims';
import { AuthenticatedRequest, IS_PUBLIC, REQUIRED_PERMISSIONS } from './decorators';

/**
 * Whether a correctly signed access token still speaks for its user: not logged out, the account
 * active and unchanged since. Answered from memory when it can (a Map lookup); the gateway provides it.
 */
export interface SessionCheck {
  isCurrent(claims: AccessClaims): boolean | Promise<boolean>;
}
export const SESSION_CHECK = Symbol('SESSION_CHECK');

/**
 * Verifies the bearer access token (and, when provided, that its session is current) and puts the
 * principal on the request. A token whose signature was checked is remembered until it expires
 * (an ES256 check costs far more than the request it guards); its session is checked every time.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens<{ claims: AccessClaims; principal: Principal }>();
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
    if (!token) throw UNVERIFIED_TOKEN;
    const { claims, principal } = await this.verifiedToken(token);
    if (this.sessions && !(await this.sessions.isCurrent(claims))) throw UNVERIFIED_TOKEN;
    req.principal = principal;
    req.claims = claims;
    req.accessToken = token;
    return true;
  }

  /** The token's claims and the principal they make, from the cache while the token lives. */
  private async verifiedToken(token: string): Promise<{ claims: AccessClaims; principal: Principal }> {
    const known = this.verified.get(token);
    if (known) return known;
    let payload: AccessClaims & { exp?: number };
    try {
      payload = await this.jwt.verifyAsync(token, { algorithms: [TOKEN_ALGORITHM] });
    } catch {
      throw UNVERIFIED_TOKEN;
    }
    const claims = accessClaimsSchema.safeParse(payload);
    if (!claims.success || typeof payload.exp !== 'number') throw UNVERIFIED_TOKEN;
    const entry = { claims: claims.data, principal: principalFromClaims(claims.data) };
    this.verified.set(token, entry, payload.exp * 1000);
    return entry;
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
