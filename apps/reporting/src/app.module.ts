import { Module } from '@nestjs/common';
import { REPORTING_ROUTES } from '@party/contracts';
import { ServiceCoreModule } from '@party/service-kit';
import { ProjectionStatus } from './operations/projection-status';
import { RebuildService } from './operations/rebuild.service';
import { REPORTING_CONSUMER_PROVIDERS } from './projection/consumers';
import { reportingOrm } from './reporting.orm';
import { YearEndService } from './year-end/year-end.service';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'reporting', orm: reportingOrm, consumers: REPORTING_CONSUMER_PROVIDERS, routes: REPORTING_ROUTES })],
  providers: [YearEndService, ProjectionStatus, RebuildService],
})
export class AppModule {}
