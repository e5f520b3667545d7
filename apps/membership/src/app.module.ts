import { Module } from '@nestjs/common';
import { MEMBERSHIP_SERVICE_ROUTES } from '@party/contracts';
import { ServiceCoreModule, UploadStaging, uploadStagingController } from '@party/service-kit';
import { AdmissionService } from './admission/admission.service';
import { BadgesService } from './badges/badges.service';
import { CandidatesService } from './candidates/candidates.service';
import { CertificateConsumer } from './certificates/certificate.consumer';
import { InspectionFactsConsumer } from './inspection-feeds/inspection-facts.consumer';
import { DossierService } from './dossier/dossier.service';
import { PersonCorrectionService } from './people/person-correction.service';
import { membershipOrm } from './membership.orm';
import { OrganizationChanges } from './organizations/organization-changes.service';
import { OrganizationQueries } from './organizations/organization-queries.service';
import { OrganizationReorganization } from './organizations/organization-reorganization.service';
import { OrganizationTree } from './organizations/organization.tree';
import { PeopleQueries } from './people/people-queries.service';
import { PeopleService } from './people/people.service';
import { TransfersService } from './transfers/transfers.service';
import { TransferListsService } from './transfers/transfer-lists.service';
import { ProbationService } from './probation/probation.service';
import { CardsService } from './cards/cards.service';
import { LeavingService } from './leaving/leaving.service';
import { RosterImportService } from './roster-import/roster-import.service';
import { RosterExportService } from './roster-import/roster-export.service';
import { RatingRoundsService } from './rating/rating-rounds.service';
import { RatingStepsService } from './rating/rating-steps.service';
import { RatingDecisionsService } from './rating/rating-decisions.service';
import { RatingBoardService } from './rating/rating-board.service';
import { RatingSummaryService } from './rating/rating-summary.service';
import { RatingRefreshService } from './rating/rating-refresh.service';
import { RatingDisciplineConsumer } from './rating/org-discipline.consumer';
import { CadreCommitteesConsumer } from './cadre-feeds/committee-facts.consumer';

@Module({
  imports: [ServiceCoreModule.forService({ service: 'membership', orm: membershipOrm, routes: MEMBERSHIP_SERVICE_ROUTES, consumers: [CertificateConsumer, InspectionFactsConsumer, RatingDisciplineConsumer, CadreCommitteesConsumer] })],
  controllers: [uploadStagingController('membership', { upload: 'members:write', download: 'members:read' })],
  providers: [OrganizationTree, OrganizationChanges, OrganizationReorganization, OrganizationQueries, PeopleService, PeopleQueries, CandidatesService, AdmissionService, TransfersService, TransferListsService, BadgesService, ProbationService, CardsService, LeavingService, DossierService, PersonCorrectionService, UploadStaging, RosterImportService, RosterExportService, RatingRoundsService, RatingStepsService, RatingDecisionsService, RatingBoardService, RatingSummaryService, RatingRefreshService],
  exports: [OrganizationTree],
})
export class AppModule {}
