import { SchemaMigration } from '@party/database';

export class Migration20261207042654_vetting extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."vetting_case" ("id" uuid not null, "person_id" uuid not null, "org_id" text null, "purpose" text not null, "purpose_note" text null, "opened_on" date not null, "request_id" uuid null, "sent_on" date null, "replied_on" date null, "reply_number" text null, "reply_opinion" text null, "reply_summary" text null, "concluded_on" date null, "conclusion_number" text null, "result" text null, "basis" text null, "basis_case_id" uuid null, "basis_note" text null, "conclusion_text" text null, "conclusion_note" text null, "created_at" timestamptz not null, constraint "vetting_case_pkey" primary key ("id"));`);
    this.addSql(`create index "vetting_case_concluded_on_index" on "__schema__"."vetting_case" ("concluded_on");`);
    this.addSql(`create index "vetting_case_org_id_index" on "__schema__"."vetting_case" ("org_id");`);
    this.addSql(`create index "vetting_case_request_id_index" on "__schema__"."vetting_case" ("request_id");`);
    this.addSql(`create index "vetting_case_person_id_opened_on_index" on "__schema__"."vetting_case" ("person_id", "opened_on");`);

    this.addSql(`create table "__schema__"."vetting_request" ("id" uuid not null, "letter_number" text not null, "sent_on" date not null, "created_at" timestamptz not null, constraint "vetting_request_pkey" primary key ("id"));`);
    this.addSql(`create index "vetting_request_sent_on_index" on "__schema__"."vetting_request" ("sent_on");`);
    this.addSql(`alter table "__schema__"."vetting_request" add constraint "vetting_request_letter_number_sent_on_unique" unique ("letter_number", "sent_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."vetting_case" cascade;`);

    this.addSql(`drop table if exists "__schema__"."vetting_request" cascade;`);
  }

}
