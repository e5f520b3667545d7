import { Module } from '@nestjs/common';
import { orgReplicaConsumerProvider } from '@party/org-replica';
import { TRAINING_SERVICE_ROUTES } from '@party/contracts';
import { ServiceCoreModule, UploadStaging, uploadStagingController } from '@party/service-kit';
import { ClassesService } from './classes/classes.service';
import { CourseTypesService } from './course-types/course-types.service';
import { EnrollmentsService } from './enrollments/enrollments.service';
import { HistoryService } from './history/history.service';
import { peopleConsumerProvider } from './people/person-placements.consumer';
import { RegistrationsService } from './registrations/registrations.service';
import { ResultsService } from './results/results.service';
import { SecretarySessionsService } from './secretary-sessions/secretary-sessions.service';
import { trainingOrm } from './training.orm';
import { StagedImports } from './uploads/staged-imports';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'training', orm: trainingOrm, routes: TRAINING_SERVICE_ROUTES, consumers: [orgReplicaConsumerProvider({ name: 'training-organizations' }), peopleConsumerProvider] })],
  controllers: [uploadStagingController('training', { upload: 'training:write', download: 'training:write' })],
  providers: [CourseTypesService, ClassesService, EnrollmentsService, ResultsService, RegistrationsService, SecretarySessionsService, HistoryService, UploadStaging, StagedImports],
})
export class AppModule {}
