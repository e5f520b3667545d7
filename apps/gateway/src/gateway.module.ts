import { createPublicKey } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { LoggerModule } from 'nestjs-pino';
import { GATEWAY_ISSUER, JwtAuthGuard, PermissionsGuard, readTokenKey, SESSION_CHECK, TOKEN_ALGORITHM } from '@party/auth';
import { ALL_ROUTES } from '@party/contracts';
import { serviceOrmOptions } from '@party/database';
import { loggerParams, natsProviders, NATS_CONNECTION, NATS_NAMES, SERVICE_ENV, SERVICE_NAME } from '@party/service-kit';
import { GatewayAuditController } from './audit/gateway-audit.controller';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginAudit } from './auth/login-audit';
import { LoginLockout } from './auth/login-lockout';
import { SessionRegistry } from './auth/session-registry';
import { loginThrottler } from './auth/login-rate-limit';
import { WindowCounterStorage } from './http/window-counter-storage';
import { GATEWAY_ENV, GatewayEnv } from './config/gateway-env';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { gatewayOrm } from './gateway.orm';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { BulkLoadsController } from './bulk-loads/bulk-loads.controller';
import { BulkLoadsService } from './bulk-loads/bulk-loads.service';
import { TrainingFilesController } from './training/training-files.controller';
import { RosterController } from './membership/roster.controller';
import { ReportJobQueue } from './report-jobs/report-job-queue';
import { ReportJobsController } from './report-jobs/report-jobs.controller';
import { QueuesController } from './report-jobs/queues.controller';
import { forwardingController } from './routes/route-forwarder';
import { AnswerCheck, checksAnswers } from './http/answers';
import { ErrorFilter } from './http/error.filter';
import { ServiceClient } from './services/service-client';
import { StagedFiles } from './services/staged-files';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/**
 * The HTTP face of the system. Guards run in this order, all before any validation pipe:
 * rate limit → authentication (a signed token whose session is current: `SessionRegistry`) →
 * permissions (a viewer gets 403, never a 400 about the body).
 */
@Module({})
export class GatewayModule {
  static forRoot(env: GatewayEnv): DynamicModule {
    // checked by the environment schema already; KeyObjects, so jsonwebtoken does not parse them on every call
    const privateKey = readTokenKey(env.JWT_PRIVATE_KEY, 'private');
    if (privateKey instanceof Error) throw privateKey;
    const publicKey = createPublicKey(privateKey);
    return {
      module: GatewayModule,
      imports: [
        LoggerModule.forRoot(loggerParams('gateway', env)),
        MikroOrmModule.forRoot({
          ...serviceOrmOptions(gatewayOrm, { databaseUrl: env.DATABASE_URL, schema: env.DB_SCHEMA, poolMax: env.DB_POOL_MAX }),
          driver: PostgreSqlDriver,
          registerRequestContext: false,
        }),
        // signs with the private key; the services verify with the public one (JWT_PUBLIC_KEY) and cannot sign
        JwtModule.register({ privateKey, publicKey, signOptions: { algorithm: TOKEN_ALGORITHM, issuer: GATEWAY_ISSUER }, verifyOptions: { algorithms: [TOKEN_ALGORITHM], issuer: GATEWAY_ISSUER } }),
        ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: env.RATE_LIMIT_PER_MINUTE }, loginThrottler(env.LOGIN_RATE_LIMIT_PER_MINUTE)], storage: new WindowCounterStorage() }),
      ],
      controllers: [AuthController, UsersController, HealthController, DeadLettersController, BulkLoadsController, RosterController, TrainingFilesController, ReportJobsController, QueuesController, GatewayAuditController, forwardingController(ALL_ROUTES)],
      providers: [
        { provide: GATEWAY_ENV, useValue: env },
        { provide: SERVICE_ENV, useValue: env },
        { provide: SERVICE_NAME, useValue: 'gateway' },
        ...natsProviders,
        ServiceClient,
        StagedFiles,
        ReportJobQueue,
        HealthService,
        BulkLoadsService,
        LoginLockout,
        LoginAudit,
        SessionRegistry,
        { provide: SESSION_CHECK, useExisting: SessionRegistry },
        AuthService,
        UsersService,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: PermissionsGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
        ...(checksAnswers(env) ? [{ provide: APP_INTERCEPTOR, useClass: AnswerCheck }] : []),
      ],
      exports: [NATS_CONNECTION, NATS_NAMES],
    };
  }
}
