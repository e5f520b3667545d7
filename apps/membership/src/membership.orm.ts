import { serviceOrmSpec } from '@party/service-kit';
import { Organization, OrganizationVersion } from './organizations/organization.entity';

/** The membership schema: organizations, people, members… (entities arrive with their capabilities). */
export const membershipOrm = serviceOrmSpec('membership', [Organization, OrganizationVersion], `${__dirname}/migrations`);
