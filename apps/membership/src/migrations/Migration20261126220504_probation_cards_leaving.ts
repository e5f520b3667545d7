import { SchemaMigration } from '@party/database';

export class Migration20261126220504_probation_cards_leaving extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."party_card" ("id" uuid not null, "card_number" text not null, "person_id" uuid not null, "issued_on" date not null, "kind" text not null, "reason" text null, "replaces_card_id" uuid null, "decision_number" text null, "active" boolean not null default true, "recorded_at" timestamptz not null, constraint "party_card_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."party_card" add constraint "party_card_card_number_unique" unique ("card_number");`);
    this.addSql(`create index "party_card_person_id_active_index" on "__schema__"."party_card" ("person_id", "active");`);

    this.addSql(`alter table "__schema__"."person" add column "ended_on" date null, add column "end_reason" text null, add column "end_decision_number" text null, add column "death_notice_sent_on" date null, add column "exempt_from" date null, add column "exempt_to" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."party_card" cascade;`);

    this.addSql(`alter table "__schema__"."person" drop column "ended_on", drop column "end_reason", drop column "end_decision_number", drop column "death_notice_sent_on", drop column "exempt_from", drop column "exempt_to";`);
  }

}
