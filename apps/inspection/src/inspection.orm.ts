import { serviceOrmSpec } from '@party/service-kit';

/** The inspection schema: its entities arrive with its capabilities. */
export const inspectionOrm = serviceOrmSpec('inspection', [], `${__dirname}/migrations`);
