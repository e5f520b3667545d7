import { ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ThrottlerOptions } from '@nestjs/throttler';

const LOGIN_THROTTLED = 'auth:loginThrottled';

/** Marks the routes that take a password or a refresh token: they get the stricter per-IP limit. */
export const LoginThrottled = () => SetMetadata(LOGIN_THROTTLED, true);

/** The `login` throttler: LOGIN_RATE_LIMIT_PER_MINUTE per IP, only on `@LoginThrottled()` routes. */
export function loginThrottler(limitPerMinute: number): ThrottlerOptions {
  return {
    name: 'login',
    ttl: 60_000,
    limit: limitPerMinute,
    skipIf: (ctx: ExecutionContext) => !Reflect.getMetadata(LOGIN_THROTTLED, ctx.getHandler()),
  };
}
