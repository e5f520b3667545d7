import { SchemaMigration } from '@party/database';

export class Migration20261207042607_rating_fact extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."rating_fact" ("subject_kind" text not null, "year" int not null, "subject_id" uuid not null, "org_id" text not null, "grassroots" boolean not null, "level" text not null, "revision" int not null, "decision_number" text not null, "decision_date" date not null, "round_id" uuid not null, "event_id" uuid not null, "recorded_at" timestamptz not null, constraint "rating_fact_pkey" primary key ("subject_kind", "year", "subject_id"));`);
    this.addSql(`create index "rating_fact_org_id_year_index" on "__schema__"."rating_fact" ("org_id", "year");`);
    this.addSql(`create index "rating_fact_year_subject_kind_index" on "__schema__"."rating_fact" ("year", "subject_kind");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."rating_fact" cascade;`);
  }

}
