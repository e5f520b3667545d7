import 'reflect-metadata';
import { runMigrationCli } from '@party/database';
import { cadreOrm } from './cadre.orm';

runMigrationCli(cadreOrm).catch((err) => {
  console.error(err);
  process.exit(1);
});
