import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';
import { natsServerOptions, PrefixedNatsServer } from '@party/messaging';
import { baseEnvSchema, parseEnv } from './config';
import { exitGracefullyOnSignals } from './graceful-shutdown';

export interface ServiceBootOptions {
  service: string;
  module: Type<unknown>;
  /** HTTP port for health and metrics. */
  defaultPort: number;
  env?: Record<string, unknown>;
  /** Exit on SIGTERM/SIGINT after a graceful close (off in tests, which close apps themselves). */
  handleSignals?: boolean;
}

/**
 * A backend service: NATS request-reply (queue group = the service name, so replicas share
 * the work) plus a small HTTP listener for `/health/*` and `/metrics` on `HOST` (loopback by default). On SIGTERM in-flight messages finish
 * before connections close.
 */
export async function bootService(opts: ServiceBootOptions): Promise<INestApplication> {
  const env = parseEnv(baseEnvSchema, opts.env ?? process.env);
  const app = await NestFactory.create(opts.module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.connectMicroservice<MicroserviceOptions>(
    {
      strategy: new PrefixedNatsServer({
        ...natsServerOptions(env.NATS_URL),
        prefix: env.NATS_PREFIX,
        queue: opts.service,
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        waitOnFirstConnect: true,
        gracefulShutdown: true,
        gracePeriod: 2000,
      }),
    },
    { inheritAppConfig: true },
  );
  await app.startAllMicroservices();
  await app.listen(env.HTTP_PORT ?? opts.defaultPort, env.HOST);
  if (opts.handleSignals ?? true) exitGracefullyOnSignals(app);
  return app;
}
