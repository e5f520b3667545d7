import { SchemaMigration } from '@party/database';

/** The copy of membership's people moved to `@party/org-replica` (shared with cadre): its table takes the shared name. */
export class Migration20261207050000_person_replica extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`alter table "__schema__"."inspected_person" rename to "person_replica";`);
    this.addSql(`alter table "__schema__"."person_replica" rename constraint "inspected_person_pkey" to "person_replica_pkey";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "__schema__"."person_replica" rename constraint "person_replica_pkey" to "inspected_person_pkey";`);
    this.addSql(`alter table "__schema__"."person_replica" rename to "inspected_person";`);
  }

}
