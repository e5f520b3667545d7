import { SchemaMigration } from '@party/database';

export class Migration20261207042007_replicas extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."org_event" ("event_id" uuid not null, "kind" text not null, "grassroots" boolean not null, "name" text not null, "parent_id" text null, "org_id" text not null, "type" text not null, "occurred_on" date not null, "recorded_at" timestamptz not null, "origin" text null, "ends" boolean not null, constraint "org_event_pkey" primary key ("event_id"));`);
    this.addSql(`create index "org_event_type_occurred_on_index" on "__schema__"."org_event" ("type", "occurred_on");`);
    this.addSql(`create index "org_event_org_id_index" on "__schema__"."org_event" ("org_id");`);

    this.addSql(`create table "__schema__"."org_version" ("org_id" text not null, "seq" int not null, "kind" text not null, "grassroots" boolean not null, "name" text not null, "parent_id" text null, "valid_from" date not null, "valid_to" date null, constraint "org_version_pkey" primary key ("org_id", "seq"));`);
    this.addSql(`create index "org_version_parent_id_index" on "__schema__"."org_version" ("parent_id");`);
    this.addSql(`create index "org_version_valid_from_valid_to_index" on "__schema__"."org_version" ("valid_from", "valid_to");`);

    this.addSql(`create table "__schema__"."person_replica" ("person_id" uuid not null, "full_name" text null, "date_of_birth" date null, "org_id" text null, "status" text not null default 'masses', "admission_decision_date" date null, "official_date" date null, "ended_on" date null, "updated_at" timestamptz not null, constraint "person_replica_pkey" primary key ("person_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."org_event" cascade;`);

    this.addSql(`drop table if exists "__schema__"."org_version" cascade;`);

    this.addSql(`drop table if exists "__schema__"."person_replica" cascade;`);
  }

}
