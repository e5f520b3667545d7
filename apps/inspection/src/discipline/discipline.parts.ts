import type { Provider } from '@nestjs/common';
import type { EntityClass } from '@mikro-orm/core';
import { peopleReplicaConsumerProvider, PersonReplica } from '@party/org-replica';
import { InspectionCasesService } from './cases.service';
import { Complaint } from './complaint.entity';
import { ComplaintsService } from './complaints.service';
import { Discipline } from './discipline.entity';
import { DisciplinesService } from './disciplines.service';
import { InspectionCase } from './inspection-case.entity';
import { DisciplineProposalsService } from './proposals.service';

/**
 * The discipline capability: inspection cases about members, disciplines of members and
 * organizations (and the concluded violations still waiting for one), denunciations and
 * complaints; the copy of membership's people they name.
 */
export const DISCIPLINE_ENTITIES: EntityClass<unknown>[] = [PersonReplica, InspectionCase, Discipline, Complaint];
export const DISCIPLINE_PROVIDERS: Provider[] = [InspectionCasesService, DisciplinesService, ComplaintsService, DisciplineProposalsService];
export const DISCIPLINE_CONSUMERS: Provider[] = [peopleReplicaConsumerProvider({ name: 'inspection-people' })];
