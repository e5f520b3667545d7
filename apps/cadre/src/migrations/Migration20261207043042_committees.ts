import { SchemaMigration } from '@party/database';

export class Migration20261207043042_committees extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."committee" ("id" uuid not null, "org_id" text not null, "org_kind" text not null, "grassroots" boolean not null, "bloc_level" boolean not null, "kind" text not null, "term" text not null, "elected_on" date not null, "decision_id" uuid not null, "seats" jsonb not null, "created_at" timestamptz not null, constraint "committee_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."committee" add constraint "committee_org_id_kind_term_unique" unique ("org_id", "kind", "term");`);

    this.addSql(`create table "__schema__"."committee_decision" ("id" uuid not null, "org_id" text not null, "org_kind" text not null, "grassroots" boolean not null, "bloc_level" boolean not null, "committee_id" uuid not null, "type" text not null, "kind" text not null, "term" text not null, "number" text not null, "decided_on" date not null, "deciding_body" text null, "note" text null, "created_at" timestamptz not null, constraint "committee_decision_pkey" primary key ("id"));`);
    this.addSql(`create index "committee_decision_type_decided_on_index" on "__schema__"."committee_decision" ("type", "decided_on");`);
    this.addSql(`create index "committee_decision_committee_id_decided_on_index" on "__schema__"."committee_decision" ("committee_id", "decided_on");`);

    this.addSql(`create table "__schema__"."committee_holding" ("id" uuid not null, "committee_id" uuid not null, "person_id" uuid not null, "post" text not null, "started_on" date not null, "start_mode" text not null, "start_decision_id" uuid not null, "replaced_holding_id" uuid null, "previous_holding_id" uuid null, "joins_committee" boolean not null, "ended_on" date null, "end_decision_id" uuid null, "end_reason" text null, constraint "committee_holding_pkey" primary key ("id"));`);
    this.addSql(`create index "committee_holding_start_decision_id_index" on "__schema__"."committee_holding" ("start_decision_id");`);
    this.addSql(`create index "committee_holding_person_id_index" on "__schema__"."committee_holding" ("person_id");`);
    this.addSql(`create index "committee_holding_committee_id_index" on "__schema__"."committee_holding" ("committee_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."committee" cascade;`);

    this.addSql(`drop table if exists "__schema__"."committee_decision" cascade;`);

    this.addSql(`drop table if exists "__schema__"."committee_holding" cascade;`);
  }

}
