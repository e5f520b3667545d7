import { SchemaMigration } from '@party/database';

export class Migration20261207025430_discipline_fact extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."discipline_fact" ("decision_id" uuid not null, "person_id" uuid not null, "org_id" text null, "level" text not null, "decided_on" date not null, "annulled_on" date null, "recorded_at" timestamptz not null, constraint "discipline_fact_pkey" primary key ("decision_id"));`);
    this.addSql(`create index "discipline_fact_org_id_decided_on_index" on "__schema__"."discipline_fact" ("org_id", "decided_on");`);
    this.addSql(`create index "discipline_fact_decided_on_index" on "__schema__"."discipline_fact" ("decided_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."discipline_fact" cascade;`);
  }

}
