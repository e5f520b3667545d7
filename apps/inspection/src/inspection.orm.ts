import { ORG_REPLICA_ENTITIES } from '@party/org-replica';
import { serviceOrmSpec } from '@party/service-kit';
import { DISCIPLINE_ENTITIES } from './discipline/discipline.parts';
import { PROGRAM_ENTITIES } from './programs/programs.parts';

/** The inspection schema: programs and surveys, discipline and complaints, the copy of the organization tree. */
export const inspectionOrm = serviceOrmSpec('inspection', [...ORG_REPLICA_ENTITIES, ...PROGRAM_ENTITIES, ...DISCIPLINE_ENTITIES], `${__dirname}/migrations`);
