import { Module } from '@nestjs/common';
import { ServiceCoreModule } from '@party/service-kit';
import { AdmissionHandler } from './admission/admission.handler';
import { AdmissionService } from './admission/admission.service';
import { CandidatesHandler } from './candidates/candidates.handler';
import { CandidatesService } from './candidates/candidates.service';
import { CertificateConsumer } from './certificates/certificate.consumer';
import { membershipOrm } from './membership.orm';
import { OrganizationHandler } from './organizations/organization.handler';
import { OrganizationService } from './organizations/organization.service';
import { OrganizationTree } from './organizations/organization.tree';
import { PeopleHandler } from './people/people.handler';
import { PeopleService } from './people/people.service';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'membership', orm: membershipOrm, consumers: [CertificateConsumer] })],
  controllers: [OrganizationHandler, PeopleHandler, CandidatesHandler, AdmissionHandler],
  providers: [OrganizationTree, OrganizationService, PeopleService, CandidatesService, AdmissionService],
  exports: [OrganizationTree, OrganizationService],
})
export class AppModule {}
