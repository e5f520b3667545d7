import { SchemaMigration } from '@party/database';

export class Migration20261126223000_members extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."member_fact" ("event_id" uuid not null, "person_id" text not null, "type" text not null, "occurred_on" date not null, "recorded_at" timestamptz not null, "org_id" text null, "detail" text null, "from_org_id" text null, "to_org_id" text null, constraint "member_fact_pkey" primary key ("event_id"));`);
    this.addSql(`create index "member_fact_person_id_index" on "__schema__"."member_fact" ("person_id");`);
    this.addSql(`create index "member_fact_type_occurred_on_index" on "__schema__"."member_fact" ("type", "occurred_on");`);

    this.addSql(`create table "__schema__"."member_interval" ("person_id" text not null, "seq" int not null, "org_id" text not null, "valid_from" date not null, "valid_to" date null, constraint "member_interval_pkey" primary key ("person_id", "seq"));`);
    this.addSql(`create index "member_interval_org_id_valid_from_valid_to_index" on "__schema__"."member_interval" ("org_id", "valid_from", "valid_to");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."member_fact" cascade;`);

    this.addSql(`drop table if exists "__schema__"."member_interval" cascade;`);
  }

}
