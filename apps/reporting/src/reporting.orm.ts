import { serviceOrmSpec } from '@party/service-kit';

/** The reporting schema: its entities arrive with its capabilities. */
export const reportingOrm = serviceOrmSpec('reporting', [], `${__dirname}/migrations`);
