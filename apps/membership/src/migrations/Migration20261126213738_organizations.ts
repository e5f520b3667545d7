import { SchemaMigration } from '@party/database';

export class Migration20261126213738_organizations extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."organization" ("id" uuid not null, "kind" text not null, "origin" text not null, "established_on" date not null, "status" text not null default 'active', "ended_on" date null, "received_from" text null, "handed_over_to" text null, "successor_ids" text[] not null, "created_at" timestamptz not null, constraint "organization_pkey" primary key ("id"));`);

    this.addSql(`create table "__schema__"."organization_version" ("id" uuid not null, "org_id" uuid not null, "name" text not null, "kind" text not null, "parent_id" uuid null, "valid_from" date not null, "valid_to" date null, "change" text not null, "decision_number" text not null, "recorded_at" timestamptz not null, constraint "organization_version_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_version_parent_id_valid_from_index" on "__schema__"."organization_version" ("parent_id", "valid_from");`);
    this.addSql(`create index "organization_version_org_id_valid_from_index" on "__schema__"."organization_version" ("org_id", "valid_from");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."organization" cascade;`);

    this.addSql(`drop table if exists "__schema__"."organization_version" cascade;`);
  }

}
