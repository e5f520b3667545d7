import { Module } from '@nestjs/common';
import { REPORTING_ROUTES } from '@party/contracts';
import { ServiceCoreModule } from '@party/service-kit';
import { ProjectionStatus } from './operations/projection-status';
import { RebuildService } from './operations/rebuild.service';
import { REPORTING_CONSUMER_PROVIDERS } from './projection/consumers';
import { reportingOrm } from './reporting.orm';
import { YearEndService } from './year-end/year-end.service';
import { ReportJobsService } from './jobs/report-jobs.service';
import { ReportQueue } from './jobs/report-queue';
import { ReportSchedules } from './jobs/report-schedules';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'reporting', orm: reportingOrm, consumers: REPORTING_CONSUMER_PROVIDERS, routes: REPORTING_ROUTES })],
  providers: [YearEndService, ProjectionStatus, RebuildService, ReportQueue, ReportJobsService, ReportSchedules],
})
export class AppModule {}
