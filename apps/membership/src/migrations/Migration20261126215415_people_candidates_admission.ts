import { SchemaMigration } from '@party/database';

export class Migration20261126215415_people_candidates_admission extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."candidate" ("id" uuid not null, "person_id" uuid not null, "org_id" uuid not null, "status" text not null default 'inPipeline', "nominated_by" text not null, "nominated_on" date not null, "sympathizer_listed_on" date null, "mentor_person_id" uuid null, "vetting_status" text null, "vetting_concluded_on" date null, "introducers" jsonb not null, "vote_date" date null, "resolution_number" text null, "official_members" int null, "votes_for" int null, "recorded_at" timestamptz not null, constraint "candidate_pkey" primary key ("id"));`);
    this.addSql(`create index "candidate_person_id_index" on "__schema__"."candidate" ("person_id");`);
    this.addSql(`create index "candidate_org_id_status_index" on "__schema__"."candidate" ("org_id", "status");`);

    this.addSql(`create table "__schema__"."person" ("id" uuid not null, "full_name" text not null, "search_name" text not null, "date_of_birth" date not null, "gender" text not null, "citizen_id" text not null, "ethnicity" text not null, "religion" text not null, "hometown" text not null, "general_education" text not null, "professional_education" text null, "theory_level" text null, "occupation" text null, "position" text null, "org_id" uuid not null, "status" text not null default 'masses', "admission_decision_date" date null, "admission_decision_number" text null, "ceremony_date" date null, "official_date" date null, "recorded_at" timestamptz not null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_search_name_index" on "__schema__"."person" ("search_name");`);
    this.addSql(`alter table "__schema__"."person" add constraint "person_citizen_id_unique" unique ("citizen_id");`);
    this.addSql(`create index "person_org_id_status_index" on "__schema__"."person" ("org_id", "status");`);

    this.addSql(`create table "__schema__"."certificate" ("id" uuid not null, "enrollment_id" uuid not null, "person_id" text null, "citizen_id" text null, "full_name" text null, "course_type_code" text not null, "category" text not null, "required_for" text null, "certificate_number" text not null, "issued_on" date not null, "valid_until" date null, "event_id" uuid not null, "received_at" timestamptz not null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."certificate" add constraint "certificate_enrollment_id_unique" unique ("enrollment_id");`);
    this.addSql(`create index "certificate_citizen_id_category_index" on "__schema__"."certificate" ("citizen_id", "category");`);
    this.addSql(`create index "certificate_person_id_category_index" on "__schema__"."certificate" ("person_id", "category");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."candidate" cascade;`);

    this.addSql(`drop table if exists "__schema__"."person" cascade;`);

    this.addSql(`drop table if exists "__schema__"."certificate" cascade;`);
  }

}
