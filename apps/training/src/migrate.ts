import 'reflect-metadata';
import { runMigrationCli } from '@party/database';
import { trainingOrm } from './training.orm';

runMigrationCli(trainingOrm).catch((err) => {
  console.error(err);
  process.exit(1);
});
