import { serviceOrmSpec } from '@party/service-kit';

/** The cadre schema: its entities arrive with its capabilities. */
export const cadreOrm = serviceOrmSpec('cadre', [], `${__dirname}/migrations`);
