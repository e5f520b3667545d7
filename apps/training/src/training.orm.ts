import { serviceOrmSpec } from '@party/service-kit';

/** The training schema: its entities arrive with its capabilities. */
export const trainingOrm = serviceOrmSpec('training', [], `${__dirname}/migrations`);
