import { SchemaMigration } from '@party/database';

export class Migration20261202001450_member_fact_org extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create index "member_fact_org_id_occurred_on_index" on "__schema__"."member_fact" ("org_id", "occurred_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "__schema__"."member_fact_org_id_occurred_on_index";`);
  }

}
