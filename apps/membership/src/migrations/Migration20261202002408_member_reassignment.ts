import { SchemaMigration } from '@party/database';

export class Migration20261202002408_member_reassignment extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."member_reassignment" ("id" uuid not null, "person_id" uuid not null, "from_org_id" uuid not null, "to_org_id" uuid not null, "effective_on" date not null, "reason" text not null, "decision_number" text not null, "recorded_at" timestamptz not null, constraint "member_reassignment_pkey" primary key ("id"));`);
    this.addSql(`create index "member_reassignment_from_org_id_index" on "__schema__"."member_reassignment" ("from_org_id");`);
    this.addSql(`create index "member_reassignment_person_id_effective_on_index" on "__schema__"."member_reassignment" ("person_id", "effective_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."member_reassignment" cascade;`);
  }

}
