import { SchemaMigration } from '@party/database';

export class Migration20261207111200_committee_holding extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."committee_holding" ("holding_id" uuid not null, "org_id" uuid not null, "committee_kind" text not null, "post" text not null, "person_id" uuid not null, "held_from" date not null, "left_on" date null, "recorded_at" timestamptz not null, constraint "committee_holding_pkey" primary key ("holding_id"));`);
    this.addSql(`create index "committee_holding_org_id_index" on "__schema__"."committee_holding" ("org_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."committee_holding" cascade;`);
  }

}
