import { SchemaMigration } from '@party/database';

export class Migration20261207042751_rating extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."org_discipline_record" ("id" uuid not null, "decision_id" uuid not null, "org_id" uuid not null, "level" text not null, "decided_on" date not null, "effective_on" date not null, "decision_number" text not null, "annulled_on" date null, "annulment_decision_number" text null, "recorded_at" timestamptz not null, constraint "org_discipline_record_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."org_discipline_record" add constraint "org_discipline_record_decision_id_unique" unique ("decision_id");`);
    this.addSql(`create index "org_discipline_record_org_id_index" on "__schema__"."org_discipline_record" ("org_id");`);

    this.addSql(`create table "__schema__"."rating_peer_group" ("id" uuid not null, "round_id" uuid not null, "key" text not null, "kind" text not null, "anchor_org_id" uuid null, "label_vi" text not null, "label_en" text not null, constraint "rating_peer_group_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."rating_peer_group" add constraint "rating_peer_group_round_id_key_unique" unique ("round_id", "key");`);

    this.addSql(`create table "__schema__"."rating_round" ("id" uuid not null, "year" int not null, "name" text not null, "scope_org_id" uuid null, "as_of" date not null, "self_rating_due" date not null, "proposal_due" date not null, "decision_due" date not null, "grouping_grassroots" text not null, "grouping_dependent_cells" text not null, "grouping_members" text not null, "regulation" text not null, "opened_by_id" text not null, "opened_by_name" text not null, "created_at" timestamptz not null, constraint "rating_round_pkey" primary key ("id"));`);
    this.addSql(`create index "rating_round_year_index" on "__schema__"."rating_round" ("year");`);

    this.addSql(`create table "__schema__"."rating_subject" ("id" uuid not null, "round_id" uuid not null, "year" int not null, "kind" text not null, "ref_id" uuid not null, "person_id" uuid null, "org_id" uuid not null, "org_kind" text not null, "org_path" text[] not null, "grassroots_org_id" uuid null, "name" text not null, "org_name" text not null, "peer_group" text not null, "excluded_reason" text null, "exclusion_note" text null, "exclusion_decision_number" text null, "secretary_person_id" uuid null, "self_level" text null, "self_score" double precision null, "self_basis" text null, "self_recorded_on" date null, "proposal_level" text null, "proposal_score" double precision null, "proposal_basis" text null, "proposal_meeting_date" date null, "proposed_by_id" text null, "proposed_by_name" text null, "proposed_at" timestamptz null, "decision_level" text null, "decision_score" double precision null, "decision_number" text null, "decision_date" date null, "decision_revision" int not null default 0, "decided_by_id" text null, "decided_by_name" text null, "decided_at" timestamptz null, "override_reason" text null, "override_reference" text null, "override_by_id" text null, "override_by_name" text null, "override_at" timestamptz null, constraint "rating_subject_pkey" primary key ("id"));`);
    this.addSql(`create index "rating_subject_round_id_peer_group_index" on "__schema__"."rating_subject" ("round_id", "peer_group");`);
    this.addSql(`alter table "__schema__"."rating_subject" add constraint "rating_subject_year_ref_id_unique" unique ("year", "ref_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."org_discipline_record" cascade;`);

    this.addSql(`drop table if exists "__schema__"."rating_peer_group" cascade;`);

    this.addSql(`drop table if exists "__schema__"."rating_round" cascade;`);

    this.addSql(`drop table if exists "__schema__"."rating_subject" cascade;`);
  }

}
