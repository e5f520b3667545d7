import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from '@party/contracts';

/** Who is calling and the correlation id of this request (pino-http's request id), for a service call. */
export interface Caller {
  principal: Principal;
  /** The caller's verified access token, which the services read the principal from. */
  token: string;
  correlationId: string;
}

export const CurrentCaller = createParamDecorator((_: unknown, ctx: ExecutionContext): Caller => {
  const req = ctx.switchToHttp().getRequest<{ principal?: Principal; accessToken?: string; id?: string }>();
  if (!req.principal || !req.accessToken) throw new Error('CurrentCaller used on a public route');
  return { principal: req.principal, token: req.accessToken, correlationId: String(req.id ?? '') || crypto.randomUUID() };
});
