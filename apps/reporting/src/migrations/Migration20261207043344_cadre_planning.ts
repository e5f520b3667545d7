import { SchemaMigration } from '@party/database';

export class Migration20261207043344_cadre_planning extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."confidence_vote_fact" ("vote_id" uuid not null, "person_id" uuid not null, "org_id" text not null, "held_on" date null, "valid" boolean null, "result" text null, "decided_on" date null, "outcome" text null, "recorded_at" timestamptz not null, constraint "confidence_vote_fact_pkey" primary key ("vote_id"));`);
    this.addSql(`create index "confidence_vote_fact_org_id_index" on "__schema__"."confidence_vote_fact" ("org_id");`);
    this.addSql(`create index "confidence_vote_fact_held_on_index" on "__schema__"."confidence_vote_fact" ("held_on");`);

    this.addSql(`create table "__schema__"."planning_fact" ("entry_id" uuid not null, "person_id" uuid not null, "org_id" text not null, "term" text not null, "planned_on" date null, "removed_on" date null, "removal_reason" text null, "recorded_at" timestamptz not null, constraint "planning_fact_pkey" primary key ("entry_id"));`);
    this.addSql(`create index "planning_fact_org_id_index" on "__schema__"."planning_fact" ("org_id");`);
    this.addSql(`create index "planning_fact_removed_on_index" on "__schema__"."planning_fact" ("removed_on");`);
    this.addSql(`create index "planning_fact_planned_on_index" on "__schema__"."planning_fact" ("planned_on");`);

    this.addSql(`create table "__schema__"."planning_review_fact" ("review_id" uuid not null, "org_id" text not null, "decided_on" date not null, "added" int not null, "removed" int not null, "recorded_at" timestamptz not null, constraint "planning_review_fact_pkey" primary key ("review_id"));`);
    this.addSql(`create index "planning_review_fact_org_id_index" on "__schema__"."planning_review_fact" ("org_id");`);
    this.addSql(`create index "planning_review_fact_decided_on_index" on "__schema__"."planning_review_fact" ("decided_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."confidence_vote_fact" cascade;`);

    this.addSql(`drop table if exists "__schema__"."planning_fact" cascade;`);

    this.addSql(`drop table if exists "__schema__"."planning_review_fact" cascade;`);
  }

}
