import { SchemaMigration } from '@party/database';

export class Migration20261207142019_headcount_indexes extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create index "member_reassignment_to_org_id_index" on "__schema__"."member_reassignment" ("to_org_id");`);

    this.addSql(`create index "organization_successor_ids_index" on "__schema__"."organization" using gin ("successor_ids");`);

    this.addSql(`create index "transfer_to_org_id_index" on "__schema__"."transfer" ("to_org_id");`);
    this.addSql(`create index "transfer_from_org_id_index" on "__schema__"."transfer" ("from_org_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "__schema__"."member_reassignment_to_org_id_index";`);

    this.addSql(`drop index "__schema__"."organization_successor_ids_index";`);

    this.addSql(`drop index "__schema__"."transfer_to_org_id_index";`);
    this.addSql(`drop index "__schema__"."transfer_from_org_id_index";`);
  }

}
