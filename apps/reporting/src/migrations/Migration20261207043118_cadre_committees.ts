import { SchemaMigration } from '@party/database';

export class Migration20261207043118_cadre_committees extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."cadre_consolidation_fact" ("holding_id" uuid not null, "decision_id" uuid not null, "committee_id" uuid not null, "org_id" text not null, "committee_kind" text not null, "post" text not null, "person_id" uuid not null, "decided_on" date not null, "mode" text not null, "joins_committee" boolean not null, "bloc_level" boolean not null, "grassroots" boolean not null, "recorded_at" timestamptz not null, constraint "cadre_consolidation_fact_pkey" primary key ("holding_id"));`);
    this.addSql(`create index "cadre_consolidation_fact_org_id_decided_on_index" on "__schema__"."cadre_consolidation_fact" ("org_id", "decided_on");`);
    this.addSql(`create index "cadre_consolidation_fact_decided_on_index" on "__schema__"."cadre_consolidation_fact" ("decided_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."cadre_consolidation_fact" cascade;`);
  }

}
