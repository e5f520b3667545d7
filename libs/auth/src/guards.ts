import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError, Permission } from '@party/contracts';
import { assertPermission } from './authorize';
import { accessClaimsSchema, principalFromClaims } from './claims';
import { AuthenticatedRequest, IS_PUBLIC, REQUIRED_PERMISSIONS } from './decorators';

const UNAUTHENTICATED = new DomainError({
  code: 'unauthenticated',
  message: { vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại', en: 'Missing, invalid or expired token: please log in again' },
});

/** Verifies the bearer access token and puts the principal on the request. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = req.headers['authorization'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) throw UNAUTHENTICATED;
    try {
      const claims = accessClaimsSchema.parse(await this.jwt.verifyAsync(token, { algorithms: ['HS256'] }));
      req.principal = principalFromClaims(claims);
      return true;
    } catch {
      throw UNAUTHENTICATED;
    }
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
