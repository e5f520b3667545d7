import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams, SERVICE_ENV } from '@party/service-kit';
import { WorkerHealthController } from './health.controller';
import { ResultStore } from './infra/result-store';
import { ResultSweep } from './infra/result-sweep';
import { ServiceCalls } from './infra/service-calls';
import { ReportWorker } from './report-worker.service';
import { WORKER_ENV, WorkerEnv } from './worker-env';

@Module({})
export class ReportWorkerModule {
  static forRoot(env: WorkerEnv): DynamicModule {
    return {
      module: ReportWorkerModule,
      imports: [LoggerModule.forRoot(loggerParams('report-worker', env))],
      controllers: [WorkerHealthController],
      providers: [{ provide: SERVICE_ENV, useValue: env }, { provide: WORKER_ENV, useValue: env }, ServiceCalls, ResultStore, ResultSweep, ReportWorker],
    };
  }
}
