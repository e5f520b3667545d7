import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { BaseEnv } from './config';

/** One successful read (GET / HEAD under 400) in this many is logged; every write, refusal and failure is. */
export const SUCCESSFUL_READS_SAMPLED = 20;

/**
 * Structured JSON logs with the service name and secrets redacted; pretty only when asked. One
 * line per request — method, path, status, time, correlation id — and no header dump: pino-http
 * builds a child logger from the request serialized on every request, logged or not, which with
 * the default serializer (every header) cost the gateway a large part of a trivial request.
 */
export function loggerParams(serviceName: string, env: BaseEnv): Params {
  let reads = 0;
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
      // the raw request and response reach these (no intermediate copy of every header)
      wrapSerializers: false,
      serializers: {
        req: (req: IncomingMessage & { originalUrl?: string }) => ({ method: req.method, url: req.originalUrl ?? req.url }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      genReqId: (req) => (req.headers['x-correlation-id'] as string) ?? crypto.randomUUID(),
      customProps: (req) => ({ correlationId: (req as { id?: string }).id }),
      customLogLevel: (req, res, err) => {
        if (err || res.statusCode >= 500) return 'error';
        if (res.statusCode >= 400) return 'warn';
        if (req.method === 'GET' || req.method === 'HEAD') return reads++ % SUCCESSFUL_READS_SAMPLED === 0 ? 'info' : 'silent';
        return 'info';
      },
      autoLogging: { ignore: (req) => (req.url ?? '').includes('/health') },
      transport: env.LOG_PRETTY ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
    },
  };
}
