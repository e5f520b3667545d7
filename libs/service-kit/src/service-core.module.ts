import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { APP_FILTER, DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { LoggerModule } from 'nestjs-pino';
import { AUDIT_ROUTES, BackendService, Route } from '@party/contracts';
import { serviceOrmOptions, ServiceOrmSpec } from '@party/database';
import { ConsumerSpec } from '@party/messaging';
import { PrincipalVerifier } from '@party/auth';
import { BaseEnv, baseEnvSchema, parseEnv } from './config';
import { HealthProbe, HttpHealthController, rpcHealthController } from './health';
import { loggerParams } from './logging';
import { MetricsController, ServiceMetrics } from './metrics';
import { BackboneRunner, natsProviders } from './messaging.providers';
import { principalVerifierProvider } from './principal-verifier.provider';
import { RpcErrorFilter } from './rpc-error.filter';
import { RouteDispatcher, routesController, SERVICE_ROUTES } from './routes/route-dispatcher';
import { auditLogReader } from './audit/audit-log.reader';
import { EVENT_CONSUMERS, SERVICE_ENV, SERVICE_NAME } from './tokens';

export interface ServiceCoreOptions {
  service: BackendService;
  /** From `serviceOrmSpec(...)`: the same list `migrate.ts` uses. */
  orm: ServiceOrmSpec;
  /** Providers of `ConsumerSpec` (class or factory) this service runs. */
  consumers?: Provider<ConsumerSpec>[];
  /** The routes this service answers, declared in `libs/contracts`; each needs one `@Handles` method among the module's providers. Its audit route comes with the kit. */
  routes?: readonly Route[];
  env?: Record<string, unknown>;
}

/**
 * Everything a backend service stands on: validated config, structured logs, its own schema,
 * NATS request-reply, the outbox relay and durable consumers, health, typed RPC errors.
 */
@Module({})
export class ServiceCoreModule {
  static forService(options: ServiceCoreOptions): DynamicModule {
    const env: BaseEnv = parseEnv(baseEnvSchema, options.env ?? process.env);
    const spec = options.orm;
    // every service answers its own audit log (issue 16): the route and its handler come with the kit
    const routes = [...(options.routes ?? []), AUDIT_ROUTES[options.service]];
    const consumerTokens = (options.consumers ?? []).map((p) => (typeof p === 'function' ? p : (p as { provide: Type }).provide));
    return {
      module: ServiceCoreModule,
      global: true,
      imports: [
        DiscoveryModule,
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, validate: (raw) => parseEnv(baseEnvSchema.passthrough(), raw) as Record<string, unknown> }),
        LoggerModule.forRoot(loggerParams(options.service, env)),
        MikroOrmModule.forRoot({
          ...serviceOrmOptions(spec, { databaseUrl: env.DATABASE_URL, schema: env.DB_SCHEMA, poolMax: env.DB_POOL_MAX }),
          driver: PostgreSqlDriver,
          registerRequestContext: false,
        }),
      ],
      controllers: [HttpHealthController, MetricsController, rpcHealthController(options.service), routesController(routes)],
      providers: [
        { provide: SERVICE_ENV, useValue: env },
        { provide: SERVICE_NAME, useValue: options.service },
        ...natsProviders,
        ...(options.consumers ?? []),
        { provide: EVENT_CONSUMERS, inject: consumerTokens, useFactory: (...specs: ConsumerSpec[]) => specs },
        HealthProbe,
        BackboneRunner,
        { provide: SERVICE_ROUTES, useValue: routes },
        auditLogReader(options.service),
        principalVerifierProvider,
        RouteDispatcher,
        ServiceMetrics,
        { provide: APP_FILTER, useClass: RpcErrorFilter },
      ],
      exports: [SERVICE_ENV, SERVICE_NAME, PrincipalVerifier, ...natsProviders.map((p) => (p as { provide: symbol }).provide), BackboneRunner, HealthProbe],
    };
  }
}
