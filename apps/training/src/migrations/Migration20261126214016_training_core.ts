import { SchemaMigration } from '@party/database';

export class Migration20261126214016_training_core extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."course_type" ("code" text not null, "name_vi" text not null, "name_en" text not null, "category" text not null, "certificate_validity_months" int null, "required_for" text null, "created_at" timestamptz not null, constraint "course_type_pkey" primary key ("code"));`);

    this.addSql(`create table "__schema__"."enrollment" ("id" uuid not null, "person_key" text not null, "person_id" text null, "citizen_id" text null, "full_name" text null, "date_of_birth" date null, "class_id" uuid not null, "enrolled_on" date not null, "org_id" text null, "source" text not null, "attendance" text not null default 'enrolled', "sessions_attended" int null, "sessions_total" int null, "completed_on" date null, "result" text null, "grade" text null, "certificate_number" text null, "certificate_issued_on" date null, "certificate_valid_until" date null, "created_at" timestamptz not null, constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollment_person_key_index" on "__schema__"."enrollment" ("person_key");`);
    this.addSql(`create index "enrollment_person_id_index" on "__schema__"."enrollment" ("person_id");`);
    this.addSql(`create index "enrollment_citizen_id_index" on "__schema__"."enrollment" ("citizen_id");`);
    this.addSql(`create index "enrollment_class_id_index" on "__schema__"."enrollment" ("class_id");`);
    this.addSql(`create index "enrollment_certificate_number_index" on "__schema__"."enrollment" ("certificate_number");`);
    this.addSql(`alter table "__schema__"."enrollment" add constraint "enrollment_class_person_unique" unique ("class_id", "person_key");`);

    this.addSql(`create table "__schema__"."registration" ("id" uuid not null, "person_key" text not null, "person_id" text null, "citizen_id" text null, "full_name" text null, "date_of_birth" date null, "course_type_code" text not null, "for_year" int not null, "registered_on" date not null, "org_id" text null, "note" text null, "created_at" timestamptz not null, constraint "registration_pkey" primary key ("id"));`);
    this.addSql(`create index "registration_person_key_index" on "__schema__"."registration" ("person_key");`);
    this.addSql(`create index "registration_person_id_index" on "__schema__"."registration" ("person_id");`);
    this.addSql(`create index "registration_citizen_id_index" on "__schema__"."registration" ("citizen_id");`);
    this.addSql(`create index "registration_for_year_course_type_code_index" on "__schema__"."registration" ("for_year", "course_type_code");`);
    this.addSql(`alter table "__schema__"."registration" add constraint "registration_course_year_person_unique" unique ("course_type_code", "for_year", "person_key");`);

    this.addSql(`create table "__schema__"."secretary_attendance" ("id" uuid not null, "person_key" text not null, "person_id" text null, "citizen_id" text null, "full_name" text null, "date_of_birth" date null, "session_id" uuid not null, "org_id" text null, constraint "secretary_attendance_pkey" primary key ("id"));`);
    this.addSql(`create index "secretary_attendance_person_key_index" on "__schema__"."secretary_attendance" ("person_key");`);
    this.addSql(`create index "secretary_attendance_person_id_index" on "__schema__"."secretary_attendance" ("person_id");`);
    this.addSql(`create index "secretary_attendance_citizen_id_index" on "__schema__"."secretary_attendance" ("citizen_id");`);
    this.addSql(`create index "secretary_attendance_session_id_index" on "__schema__"."secretary_attendance" ("session_id");`);
    this.addSql(`alter table "__schema__"."secretary_attendance" add constraint "secretary_attendance_session_person_unique" unique ("session_id", "person_key");`);

    this.addSql(`create table "__schema__"."secretary_session" ("id" uuid not null, "course_type_code" text not null, "title" text not null, "held_on" date not null, "ends_on" date null, "location" text null, "notes" text null, "created_at" timestamptz not null, constraint "secretary_session_pkey" primary key ("id"));`);
    this.addSql(`create index "secretary_session_held_on_index" on "__schema__"."secretary_session" ("held_on");`);

    this.addSql(`create table "__schema__"."sending" ("id" uuid not null, "person_key" text not null, "person_id" text null, "citizen_id" text null, "full_name" text null, "date_of_birth" date null, "course_type_code" text not null, "sent_on" date not null, "institution" text not null, "decision_number" text null, "org_id" text null, "note" text null, "created_at" timestamptz not null, constraint "sending_pkey" primary key ("id"));`);
    this.addSql(`create index "sending_person_key_index" on "__schema__"."sending" ("person_key");`);
    this.addSql(`create index "sending_person_id_index" on "__schema__"."sending" ("person_id");`);
    this.addSql(`create index "sending_citizen_id_index" on "__schema__"."sending" ("citizen_id");`);
    this.addSql(`create index "sending_sent_on_course_type_code_index" on "__schema__"."sending" ("sent_on", "course_type_code");`);

    this.addSql(`create table "__schema__"."training_class" ("id" uuid not null, "course_type_code" text not null, "title" text not null, "opened_on" date not null, "ends_on" date null, "cohort_label" text null, "host_school" text null, "partner_school" text null, "location" text null, "capacity" int null, "served_org_ids" jsonb not null, "notes" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "training_class_pkey" primary key ("id"));`);
    this.addSql(`create index "training_class_opened_on_course_type_code_index" on "__schema__"."training_class" ("opened_on", "course_type_code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."course_type" cascade;`);

    this.addSql(`drop table if exists "__schema__"."enrollment" cascade;`);

    this.addSql(`drop table if exists "__schema__"."registration" cascade;`);

    this.addSql(`drop table if exists "__schema__"."secretary_attendance" cascade;`);

    this.addSql(`drop table if exists "__schema__"."secretary_session" cascade;`);

    this.addSql(`drop table if exists "__schema__"."sending" cascade;`);

    this.addSql(`drop table if exists "__schema__"."training_class" cascade;`);
  }

}
