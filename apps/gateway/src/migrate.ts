import 'reflect-metadata';
import { runMigrationCli } from '@party/database';
import { gatewayOrm } from './gateway.orm';

runMigrationCli(gatewayOrm).catch((err) => {
  console.error(err);
  process.exit(1);
});
