import 'reflect-metadata';
import { runMigrationCli } from '@party/database';
import { membershipOrm } from './membership.orm';

runMigrationCli(membershipOrm).catch((err) => {
  console.error(err);
  process.exit(1);
});
