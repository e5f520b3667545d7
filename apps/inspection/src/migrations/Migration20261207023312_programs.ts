import { SchemaMigration } from '@party/database';

export class Migration20261207023312_programs extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."dossier_survey" ("id" uuid not null, "org_id" uuid not null, "surveyed_on" date not null, "team" jsonb not null, "findings" text not null, "instruction_number" text null, "instruction_date" date null, "created_at" timestamptz not null, constraint "dossier_survey_pkey" primary key ("id"));`);
    this.addSql(`create index "dossier_survey_surveyed_on_index" on "__schema__"."dossier_survey" ("surveyed_on");`);
    this.addSql(`alter table "__schema__"."dossier_survey" add constraint "dossier_survey_org_id_surveyed_on_unique" unique ("org_id", "surveyed_on");`);

    this.addSql(`create table "__schema__"."inspection_program" ("id" uuid not null, "year" int not null, "kind" text not null, "mode" text not null, "title" text not null, "document_number" text null, "issued_on" date null, "created_at" timestamptz not null, constraint "inspection_program_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_program_year_kind_index" on "__schema__"."inspection_program" ("year", "kind");`);

    this.addSql(`create table "__schema__"."program_target" ("id" uuid not null, "program_id" uuid not null, "org_id" uuid not null, "targets_committee" boolean not null, "targets_secretary" boolean not null, "subject" text not null, "team" jsonb not null, "findings" jsonb not null, "conclusion_number" text null, "conclusion_date" date null, "conclusion_text" text null, "created_at" timestamptz not null, constraint "program_target_pkey" primary key ("id"));`);
    this.addSql(`create index "program_target_conclusion_date_index" on "__schema__"."program_target" ("conclusion_date");`);
    this.addSql(`create index "program_target_org_id_index" on "__schema__"."program_target" ("org_id");`);
    this.addSql(`alter table "__schema__"."program_target" add constraint "program_target_program_id_org_id_unique" unique ("program_id", "org_id");`);

    this.addSql(`create table "__schema__"."target_phase" ("target_id" uuid not null, "phase" text not null, "seq" int not null, "due_on" date null, "done_on" date null, constraint "target_phase_pkey" primary key ("target_id", "phase"));`);
    this.addSql(`create index "target_phase_due_on_index" on "__schema__"."target_phase" ("due_on");`);

    this.addSql(`create table "__schema__"."target_recommendation" ("id" uuid not null, "target_id" uuid not null, "seq" int not null, "text" text not null, "due_on" date null, "closed_on" date null, "follow_ups" jsonb not null, constraint "target_recommendation_pkey" primary key ("id"));`);
    this.addSql(`create index "target_recommendation_target_id_index" on "__schema__"."target_recommendation" ("target_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."dossier_survey" cascade;`);

    this.addSql(`drop table if exists "__schema__"."inspection_program" cascade;`);

    this.addSql(`drop table if exists "__schema__"."program_target" cascade;`);

    this.addSql(`drop table if exists "__schema__"."target_phase" cascade;`);

    this.addSql(`drop table if exists "__schema__"."target_recommendation" cascade;`);
  }

}
