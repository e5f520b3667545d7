import 'reflect-metadata';
import { runMigrationCli } from '@party/database';
import { reportingOrm } from './reporting.orm';

runMigrationCli(reportingOrm).catch((err) => {
  console.error(err);
  process.exit(1);
});
