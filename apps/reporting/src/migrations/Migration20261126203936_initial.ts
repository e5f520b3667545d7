import { PlatformTablesMigration } from '@party/database';

/** The audit log, inbox and outbox every service's schema starts with. */
export class Migration20261126203936_initial extends PlatformTablesMigration {}
