import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { BaseEnv, loggerParams, SERVICE_ENV } from '@party/service-kit';
import { WorkerHealthController } from './health.controller';
import { ReportWorker } from './report-worker.service';

@Module({})
export class ReportWorkerModule {
  static forRoot(env: BaseEnv): DynamicModule {
    return {
      module: ReportWorkerModule,
      imports: [LoggerModule.forRoot(loggerParams('report-worker', env))],
      controllers: [WorkerHealthController],
      providers: [{ provide: SERVICE_ENV, useValue: env }, ReportWorker],
    };
  }
}
