import { SchemaMigration } from '@party/database';

export class Migration20261207042715_cadre_vetting extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."vetting_conclusion_fact" ("case_id" uuid not null, "person_id" uuid not null, "org_id" text null, "purpose" text not null, "concluded_on" date not null, "result" text not null, "basis" text not null, "recorded_at" timestamptz not null, constraint "vetting_conclusion_fact_pkey" primary key ("case_id"));`);
    this.addSql(`create index "vetting_conclusion_fact_org_id_index" on "__schema__"."vetting_conclusion_fact" ("org_id");`);
    this.addSql(`create index "vetting_conclusion_fact_concluded_on_index" on "__schema__"."vetting_conclusion_fact" ("concluded_on");`);

    this.addSql(`create table "__schema__"."vetting_request_fact" ("case_id" uuid not null, "person_id" uuid not null, "org_id" text null, "purpose" text not null, "request_id" uuid not null, "sent_on" date null, "replied_on" date null, "recorded_at" timestamptz not null, constraint "vetting_request_fact_pkey" primary key ("case_id"));`);
    this.addSql(`create index "vetting_request_fact_org_id_index" on "__schema__"."vetting_request_fact" ("org_id");`);
    this.addSql(`create index "vetting_request_fact_sent_on_index" on "__schema__"."vetting_request_fact" ("sent_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."vetting_conclusion_fact" cascade;`);

    this.addSql(`drop table if exists "__schema__"."vetting_request_fact" cascade;`);
  }

}
