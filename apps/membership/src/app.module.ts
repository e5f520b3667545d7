import { Module } from '@nestjs/common';
import { MEMBERSHIP_ROUTES } from '@party/contracts';
import { ServiceCoreModule, UploadStaging, uploadStagingController } from '@party/service-kit';
import { AdmissionHandler } from './admission/admission.handler';
import { AdmissionService } from './admission/admission.service';
import { BadgesHandler } from './badges/badges.handler';
import { BadgesService } from './badges/badges.service';
import { CandidatesHandler } from './candidates/candidates.handler';
import { CandidatesService } from './candidates/candidates.service';
import { CertificateConsumer } from './certificates/certificate.consumer';
import { InspectionFactsConsumer } from './inspection-feeds/inspection-facts.consumer';
import { DossierHandler } from './dossier/dossier.handler';
import { DossierService } from './dossier/dossier.service';
import { PersonCorrectionHandler } from './people/person-correction.handler';
import { PersonCorrectionService } from './people/person-correction.service';
import { membershipOrm } from './membership.orm';
import { OrganizationHandler } from './organizations/organization.handler';
import { OrganizationService } from './organizations/organization.service';
import { OrganizationTree } from './organizations/organization.tree';
import { PeopleHandler } from './people/people.handler';
import { PeopleService } from './people/people.service';
import { TransfersHandler } from './transfers/transfers.handler';
import { TransfersService } from './transfers/transfers.service';
import { ProbationService } from './probation/probation.service';
import { CardsHandler } from './cards/cards.handler';
import { CardsService } from './cards/cards.service';
import { LeavingHandler } from './leaving/leaving.handler';
import { LeavingService } from './leaving/leaving.service';
import { RosterImportHandler } from './roster-import/roster-import.handler';
import { RosterImportService } from './roster-import/roster-import.service';
import { RosterExportService } from './roster-import/roster-export.service';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'membership', orm: membershipOrm, routes: MEMBERSHIP_ROUTES, consumers: [CertificateConsumer, InspectionFactsConsumer] })],
  controllers: [OrganizationHandler, PeopleHandler, CandidatesHandler, AdmissionHandler, TransfersHandler, BadgesHandler, CardsHandler, LeavingHandler, DossierHandler, PersonCorrectionHandler, RosterImportHandler, uploadStagingController('membership', { upload: 'members:write', download: 'members:read' })],
  providers: [OrganizationTree, OrganizationService, PeopleService, CandidatesService, AdmissionService, TransfersService, BadgesService, ProbationService, CardsService, LeavingService, DossierService, PersonCorrectionService, UploadStaging, RosterImportService, RosterExportService],
  exports: [OrganizationTree, OrganizationService],
})
export class AppModule {}
