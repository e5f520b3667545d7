import { SchemaMigration } from '@party/database';

export class Migration20261126220646_transfers_badges extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."badge_award" ("id" uuid not null, "person_id" uuid not null, "level" int not null, "occasion" date not null, "org_id" uuid not null, "decision_number" text not null, "basis" text not null, "recorded_at" timestamptz not null, constraint "badge_award_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."badge_award" add constraint "badge_award_person_id_level_unique" unique ("person_id", "level");`);

    this.addSql(`create table "__schema__"."badge_case" ("id" uuid not null, "person_id" uuid not null, "seriously_ill_since" date null, "died_on" date null, "note" text null, constraint "badge_case_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."badge_case" add constraint "badge_case_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "__schema__"."discipline_record" ("id" uuid not null, "person_id" uuid not null, "kind" text not null, "decided_on" date not null, "decision_number" text null, constraint "discipline_record_pkey" primary key ("id"));`);
    this.addSql(`create index "discipline_record_person_id_index" on "__schema__"."discipline_record" ("person_id");`);

    this.addSql(`create table "__schema__"."inspection_hold" ("id" uuid not null, "person_id" uuid not null, "kind" text not null, "since" date not null, "until" date null, constraint "inspection_hold_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_hold_person_id_index" on "__schema__"."inspection_hold" ("person_id");`);

    this.addSql(`create table "__schema__"."transfer" ("id" uuid not null, "person_id" uuid not null, "kind" text not null, "status" text not null, "from_org_id" uuid null, "from_committee" text null, "to_org_id" uuid null, "to_committee" text null, "letter_number" text not null, "departed_on" date not null, "arrived_on" date null, "effective_on" date null, "purpose" text null, "until_on" date null, "hops" jsonb not null, "activity_started_on" date null, "dossier_received_on" date null, "recorded_at" timestamptz not null, constraint "transfer_pkey" primary key ("id"));`);
    this.addSql(`create index "transfer_person_id_effective_on_index" on "__schema__"."transfer" ("person_id", "effective_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."badge_award" cascade;`);

    this.addSql(`drop table if exists "__schema__"."badge_case" cascade;`);

    this.addSql(`drop table if exists "__schema__"."discipline_record" cascade;`);

    this.addSql(`drop table if exists "__schema__"."inspection_hold" cascade;`);

    this.addSql(`drop table if exists "__schema__"."transfer" cascade;`);
  }

}
