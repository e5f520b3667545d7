import { serviceOrmSpec } from '@party/service-kit';

/** The membership schema: organizations, people, members… (entities arrive with their capabilities). */
export const membershipOrm = serviceOrmSpec('membership', [], `${__dirname}/migrations`);
