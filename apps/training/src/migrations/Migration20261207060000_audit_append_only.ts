import { AuditAppendOnlyMigration } from '@party/database';

/** The audit log refuses UPDATE, DELETE and TRUNCATE (issue 16). */
export class Migration20261207060000_audit_append_only extends AuditAppendOnlyMigration {}
