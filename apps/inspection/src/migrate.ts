import 'reflect-metadata';
import { runMigrationCli } from '@party/database';
import { inspectionOrm } from './inspection.orm';

runMigrationCli(inspectionOrm).catch((err) => {
  console.error(err);
  process.exit(1);
});
