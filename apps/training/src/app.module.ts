import { Module } from '@nestjs/common';
import { ServiceCoreModule, UploadStaging, uploadStagingController } from '@party/service-kit';
import { ClassesHandler } from './classes/classes.handler';
import { ClassesService } from './classes/classes.service';
import { CourseTypesHandler } from './course-types/course-types.handler';
import { CourseTypesService } from './course-types/course-types.service';
import { EnrollmentsHandler } from './enrollments/enrollments.handler';
import { EnrollmentsService } from './enrollments/enrollments.service';
import { HistoryHandler } from './history/history.handler';
import { HistoryService } from './history/history.service';
import { OrganizationConsumer } from './organizations/organization.consumer';
import { OrganizationScopes } from './organizations/organization-scope';
import { RegistrationsHandler } from './registrations/registrations.handler';
import { RegistrationsService } from './registrations/registrations.service';
import { ResultsHandler } from './results/results.handler';
import { ResultsService } from './results/results.service';
import { SecretarySessionsHandler } from './secretary-sessions/secretary-sessions.handler';
import { SecretarySessionsService } from './secretary-sessions/secretary-sessions.service';
import { trainingOrm } from './training.orm';
import { StagedImports } from './uploads/staged-imports';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'training', orm: trainingOrm, consumers: [OrganizationConsumer] })],
  controllers: [CourseTypesHandler, ClassesHandler, EnrollmentsHandler, ResultsHandler, RegistrationsHandler, SecretarySessionsHandler, HistoryHandler, uploadStagingController('training', { upload: 'training:write', download: 'training:write' })],
  providers: [OrganizationScopes, CourseTypesService, ClassesService, EnrollmentsService, ResultsService, RegistrationsService, SecretarySessionsService, HistoryService, UploadStaging, StagedImports],
})
export class AppModule {}
