import { SchemaMigration } from '@party/database';

export class Migration20261201234431_scope_withdrawal extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."org_event" ("event_id" uuid not null, "org_id" text not null, "type" text not null, "occurred_on" date not null, "recorded_at" timestamptz not null, "kind" text not null, "name" text not null, "parent_id" text null, "ends" boolean not null, constraint "org_event_pkey" primary key ("event_id"));`);
    this.addSql(`create index "org_event_org_id_index" on "__schema__"."org_event" ("org_id");`);

    this.addSql(`create table "__schema__"."org_version" ("org_id" text not null, "seq" int not null, "kind" text not null, "name" text not null, "parent_id" text null, "valid_from" date not null, "valid_to" date null, constraint "org_version_pkey" primary key ("org_id", "seq"));`);
    this.addSql(`create index "org_version_parent_id_index" on "__schema__"."org_version" ("parent_id");`);

    this.addSql(`alter table "__schema__"."enrollment" add column "withdrawn_on" date null, add column "withdrawal_reason" text null;`);
    this.addSql(`create index "enrollment_org_id_index" on "__schema__"."enrollment" ("org_id");`);

    this.addSql(`create index "registration_org_id_index" on "__schema__"."registration" ("org_id");`);

    this.addSql(`create index "secretary_attendance_org_id_index" on "__schema__"."secretary_attendance" ("org_id");`);

    this.addSql(`create index "sending_org_id_index" on "__schema__"."sending" ("org_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."org_event" cascade;`);

    this.addSql(`drop table if exists "__schema__"."org_version" cascade;`);

    this.addSql(`drop index "__schema__"."enrollment_org_id_index";`);
    this.addSql(`alter table "__schema__"."enrollment" drop column "withdrawn_on", drop column "withdrawal_reason";`);

    this.addSql(`drop index "__schema__"."registration_org_id_index";`);

    this.addSql(`drop index "__schema__"."secretary_attendance_org_id_index";`);

    this.addSql(`drop index "__schema__"."sending_org_id_index";`);
  }

}
