import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { NatsConnection } from 'nats';
import { NATS_CONNECTION } from '@party/service-kit';
import { GatewayEnv } from './config/gateway-env';
import { GatewayModule } from './gateway.module';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { noStore, refuseNulCharacters } from './http/request-hygiene';

/** Builds the gateway app (used by main.ts and by the tests, so both run the same thing). */
export async function createGateway(env: GatewayEnv): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // the client's address (per-address login limits) comes from X-Forwarded-For only when a proxy is
  // named: trusting every loopback or private address let any client on them pick its own address
  app.set('trust proxy', env.TRUST_PROXY);
  // answers are `no-store`: an ETag (a hash of every body) would never be used
  app.set('etag', false);
  app.useBodyParser('json', { limit: '1mb' });
  // Lists of hundreds of rows shrink 5–10× (the portal's pages on a provincial link); a stream of
  // server-sent events is left alone, or its messages would wait in the compressor's buffer.
  app.use(compression({ threshold: 1024, filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').includes('text/event-stream') && compression.filter(req, res) }));
  app.use('/api', noStore, refuseNulCharacters);
  // helmet's defaults: scripts from the gateway itself only (the OpenAPI UI loads files, no inline script)
  app.use(helmet());
  app.enableCors({ origin: env.CORS_ORIGINS.split(',').map((o) => o.trim()), credentials: false, maxAge: 600 });
  app.setGlobalPrefix('api');

  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Đảng ủy Khối API',
  });
  const nc = app.get<NatsConnection>(NATS_CONNECTION);
  app.get(Logger).log(`NATS ${nc.getServer()}`);
  return app;
}
