import { SchemaMigration } from '@party/database';

export class Migration20261126215228_projection extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."org_event" ("event_id" uuid not null, "org_id" text not null, "type" text not null, "occurred_on" date not null, "recorded_at" timestamptz not null, "kind" text not null, "grassroots" boolean not null, "name" text not null, "parent_id" text null, "origin" text null, "ends" boolean not null, constraint "org_event_pkey" primary key ("event_id"));`);
    this.addSql(`create index "org_event_type_occurred_on_index" on "__schema__"."org_event" ("type", "occurred_on");`);
    this.addSql(`create index "org_event_org_id_index" on "__schema__"."org_event" ("org_id");`);

    this.addSql(`create table "__schema__"."org_version" ("org_id" text not null, "seq" int not null, "kind" text not null, "grassroots" boolean not null, "name" text not null, "parent_id" text null, "valid_from" date not null, "valid_to" date null, constraint "org_version_pkey" primary key ("org_id", "seq"));`);
    this.addSql(`create index "org_version_parent_id_index" on "__schema__"."org_version" ("parent_id");`);
    this.addSql(`create index "org_version_valid_from_valid_to_index" on "__schema__"."org_version" ("valid_from", "valid_to");`);

    this.addSql(`create table "__schema__"."training_class" ("class_id" uuid not null, "course_type_code" text not null, "category" text not null, "opened_on" date not null, "cohort_label" text null, "served_org_ids" text[] not null, "state_recorded_at" timestamptz not null, constraint "training_class_pkey" primary key ("class_id"));`);
    this.addSql(`create index "training_class_opened_on_category_index" on "__schema__"."training_class" ("opened_on", "category");`);

    this.addSql(`create table "__schema__"."training_enrollment" ("enrollment_id" uuid not null, "class_id" uuid not null, "enrolled_on" date not null, "org_id" text null, "person_key" text not null, constraint "training_enrollment_pkey" primary key ("enrollment_id"));`);
    this.addSql(`create index "training_enrollment_class_id_index" on "__schema__"."training_enrollment" ("class_id");`);

    this.addSql(`create table "__schema__"."training_registration" ("registration_id" uuid not null, "course_type_code" text not null, "category" text not null, "for_year" int not null, "registered_on" date not null, "org_id" text null, "person_key" text not null, constraint "training_registration_pkey" primary key ("registration_id"));`);
    this.addSql(`create index "training_registration_category_registered_on_index" on "__schema__"."training_registration" ("category", "registered_on");`);
    this.addSql(`create index "training_registration_category_for_year_index" on "__schema__"."training_registration" ("category", "for_year");`);

    this.addSql(`create table "__schema__"."training_secretary_attendance" ("attendance_id" uuid not null, "session_id" uuid not null, "course_type_code" text not null, "category" text not null, "held_on" date not null, "org_id" text null, "person_key" text not null, constraint "training_secretary_attendance_pkey" primary key ("attendance_id"));`);
    this.addSql(`create index "training_secretary_attendance_held_on_index" on "__schema__"."training_secretary_attendance" ("held_on");`);

    this.addSql(`create table "__schema__"."training_sending" ("sending_id" uuid not null, "course_type_code" text not null, "category" text not null, "sent_on" date not null, "org_id" text null, "person_key" text not null, constraint "training_sending_pkey" primary key ("sending_id"));`);
    this.addSql(`create index "training_sending_category_sent_on_index" on "__schema__"."training_sending" ("category", "sent_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."org_event" cascade;`);

    this.addSql(`drop table if exists "__schema__"."org_version" cascade;`);

    this.addSql(`drop table if exists "__schema__"."training_class" cascade;`);

    this.addSql(`drop table if exists "__schema__"."training_enrollment" cascade;`);

    this.addSql(`drop table if exists "__schema__"."training_registration" cascade;`);

    this.addSql(`drop table if exists "__schema__"."training_secretary_attendance" cascade;`);

    this.addSql(`drop table if exists "__schema__"."training_sending" cascade;`);
  }

}
