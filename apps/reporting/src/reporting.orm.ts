import { serviceOrmSpec } from '@party/service-kit';
import { PROJECTION_ENTITIES } from './projection/projection.entities';

/** The reporting schema: the read model projected from other services' events. */
export const reportingOrm = serviceOrmSpec('reporting', PROJECTION_ENTITIES, `${__dirname}/migrations`);
