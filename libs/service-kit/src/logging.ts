import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { BaseEnv } from './config';

/** Structured JSON logs with the service name and secrets redacted; pretty only when asked. */
export function loggerParams(serviceName: string, env: BaseEnv): Params {
  return {
    // Express 5 / path-to-regexp 8 syntax; the default '*' logs a legacy-route warning at boot
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level: env.LOG_LEVEL,
      name: serviceName,
      base: { service: serviceName },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.passwordHash', '*.refreshToken', '*.accessToken'],
        censor: '[redacted]',
      },
      genReqId: (req) => (req.headers['x-correlation-id'] as string) ?? crypto.randomUUID(),
      customProps: (req) => ({ correlationId: (req as { id?: string }).id }),
      autoLogging: { ignore: (req) => (req.url ?? '').includes('/health') },
      transport: env.LOG_PRETTY ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
    },
  };
}
