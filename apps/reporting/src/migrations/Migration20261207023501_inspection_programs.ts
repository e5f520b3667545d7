import { SchemaMigration } from '@party/database';

export class Migration20261207023501_inspection_programs extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."dossier_survey_fact" ("survey_id" uuid not null, "org_id" text not null, "surveyed_on" date not null, "recorded_at" timestamptz not null, constraint "dossier_survey_fact_pkey" primary key ("survey_id"));`);
    this.addSql(`create index "dossier_survey_fact_org_id_surveyed_on_index" on "__schema__"."dossier_survey_fact" ("org_id", "surveyed_on");`);
    this.addSql(`create index "dossier_survey_fact_surveyed_on_index" on "__schema__"."dossier_survey_fact" ("surveyed_on");`);

    this.addSql(`create table "__schema__"."inspection_conclusion" ("target_id" uuid not null, "kind" text not null, "org_id" text not null, "concluded_on" date not null, "recorded_at" timestamptz not null, constraint "inspection_conclusion_pkey" primary key ("target_id"));`);
    this.addSql(`create index "inspection_conclusion_org_id_concluded_on_index" on "__schema__"."inspection_conclusion" ("org_id", "concluded_on");`);
    this.addSql(`create index "inspection_conclusion_kind_concluded_on_index" on "__schema__"."inspection_conclusion" ("kind", "concluded_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."dossier_survey_fact" cascade;`);

    this.addSql(`drop table if exists "__schema__"."inspection_conclusion" cascade;`);
  }

}
