import { ORG_REPLICA_ENTITIES, PersonReplica } from '@party/org-replica';
import { serviceOrmSpec } from '@party/service-kit';
import { COMMITTEES_ENTITIES } from './committees/committees.parts';
import { PLANNING_ENTITIES } from './planning/planning.parts';
import { VETTING_ENTITIES } from './vetting/vetting.parts';

/** The cadre schema: committees and consolidation, planning and votes, vetting; the copies of the organization tree and of membership's people. */
export const cadreOrm = serviceOrmSpec('cadre', [...ORG_REPLICA_ENTITIES, PersonReplica, ...COMMITTEES_ENTITIES, ...PLANNING_ENTITIES, ...VETTING_ENTITIES], `${__dirname}/migrations`);
