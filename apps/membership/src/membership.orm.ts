import { serviceOrmSpec, UPLOAD_STAGING_ENTITIES } from '@party/service-kit';
import { Candidate } from './candidates/candidate.entity';
import { TrainingCertificate } from './certificates/certificate.entity';
import { Organization, OrganizationVersion } from './organizations/organization.entity';
import { MemberReassignment } from './organizations/member-reassignment.entity';
import { Person } from './people/person.entity';
import { InspectionHold, Transfer } from './transfers/transfer.entity';
import { BadgeAward, BadgeCase, DisciplineRecord } from './badges/badge.entity';
import { PartyCard } from './cards/party-card.entity';
import { DossierEntry } from './dossier/dossier-entry.entity';
import { RatingPeerGroup, RatingRound } from './rating/rating-round.entity';
import { RatingSubject } from './rating/rating-subject.entity';
import { OrgDisciplineRecord } from './rating/org-discipline.entity';
import { CommitteeHolding } from './cadre-feeds/committee-holding.entity';

/** The membership schema: organizations, people, candidates, the local copy of training certificates… */
export const membershipOrm = serviceOrmSpec('membership', [Organization, OrganizationVersion, MemberReassignment, Person, Candidate, TrainingCertificate, Transfer, InspectionHold, BadgeAward, BadgeCase, DisciplineRecord, PartyCard, DossierEntry, RatingRound, RatingPeerGroup, RatingSubject, OrgDisciplineRecord, CommitteeHolding, ...UPLOAD_STAGING_ENTITIES], `${__dirname}/migrations`);
