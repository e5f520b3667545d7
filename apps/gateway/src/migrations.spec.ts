import { entityMigrationDrift } from '@party/database';
import { TEST_DATABASE_URL } from '@party/testing';
import { gatewayOrm } from './gateway.orm';

it('has committed migrations that agree with its entities', async () => {
  expect(await entityMigrationDrift(gatewayOrm, TEST_DATABASE_URL)).toBe('');
});
