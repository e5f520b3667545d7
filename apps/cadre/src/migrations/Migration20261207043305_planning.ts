import { SchemaMigration } from '@party/database';

export class Migration20261207043305_planning extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."confidence_vote" ("id" uuid not null, "person_id" uuid not null, "org_id" text not null, "committee_kind" text not null, "post" text not null, "term" text not null, "held_on" date not null, "voting_body" text not null, "reference" text null, "summoned" int not null, "attended" int not null, "ballots" int not null, "high" int not null, "normal" int not null, "low" int not null, "valid" boolean not null, "result" text not null, "regulation" text not null, "decided_on" date null, "decision_number" text null, "outcome" text null, "decision_note" text null, "created_at" timestamptz not null, constraint "confidence_vote_pkey" primary key ("id"));`);
    this.addSql(`create index "confidence_vote_org_id_index" on "__schema__"."confidence_vote" ("org_id");`);
    this.addSql(`create index "confidence_vote_person_id_index" on "__schema__"."confidence_vote" ("person_id");`);
    this.addSql(`create index "confidence_vote_held_on_index" on "__schema__"."confidence_vote" ("held_on");`);

    this.addSql(`create table "__schema__"."planning_entry" ("id" uuid not null, "org_id" text not null, "org_level" text not null, "committee_kind" text not null, "post" text not null, "term" text not null, "person_id" uuid not null, "planned_on" date not null, "decision_number" text not null, "review_id" uuid null, "regulation" text not null, "note" text null, "ended_on" date null, "exit_reason" text null, "exit_decision_number" text null, "exit_source_id" text null, "exit_note" text null, "exit_regulation" text null, "exit_basis_annulled_on" date null, "created_at" timestamptz not null, constraint "planning_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "planning_entry_exit_source_id_index" on "__schema__"."planning_entry" ("exit_source_id");`);
    this.addSql(`create index "planning_entry_person_id_term_index" on "__schema__"."planning_entry" ("person_id", "term");`);
    this.addSql(`create index "planning_entry_org_id_committee_kind_post_term_index" on "__schema__"."planning_entry" ("org_id", "committee_kind", "post", "term");`);

    this.addSql(`create table "__schema__"."planning_exit_basis" ("id" uuid not null, "kind" text not null, "source_id" text not null, "person_id" uuid not null, "on" date not null, "decision_number" text not null, "detail" text not null, "exits" boolean not null, "regulation" text null, "annulled_on" date null, "created_at" timestamptz not null, constraint "planning_exit_basis_pkey" primary key ("id"));`);
    this.addSql(`create index "planning_exit_basis_person_id_index" on "__schema__"."planning_exit_basis" ("person_id");`);
    this.addSql(`alter table "__schema__"."planning_exit_basis" add constraint "planning_exit_basis_kind_source_id_unique" unique ("kind", "source_id");`);

    this.addSql(`create table "__schema__"."planning_review" ("id" uuid not null, "org_id" text not null, "year" int not null, "title" text not null, "terms" text[] not null, "decision_number" text not null, "decided_on" date not null, "note" text null, "added" int not null default 0, "removed" int not null default 0, "created_at" timestamptz not null, constraint "planning_review_pkey" primary key ("id"));`);
    this.addSql(`create index "planning_review_org_id_index" on "__schema__"."planning_review" ("org_id");`);
    this.addSql(`create index "planning_review_decided_on_index" on "__schema__"."planning_review" ("decided_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."confidence_vote" cascade;`);

    this.addSql(`drop table if exists "__schema__"."planning_entry" cascade;`);

    this.addSql(`drop table if exists "__schema__"."planning_exit_basis" cascade;`);

    this.addSql(`drop table if exists "__schema__"."planning_review" cascade;`);
  }

}
