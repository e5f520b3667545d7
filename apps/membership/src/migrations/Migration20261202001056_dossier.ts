import { SchemaMigration } from '@party/database';

export class Migration20261202001056_dossier extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."dossier_entry" ("id" uuid not null, "person_id" uuid not null, "kind" text not null, "year" int null, "original_entry_id" uuid not null, "corrects_entry_id" uuid null, "fields" jsonb not null, "reason" text null, "approver_name" text null, "approver_role" text null, "approval_decision_number" text null, "approved_on" date null, "recorded_by" text not null, "recorded_at" timestamptz not null, constraint "dossier_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "dossier_entry_person_id_original_entry_id_index" on "__schema__"."dossier_entry" ("person_id", "original_entry_id");`);
    // Append-only in the database too (Hướng dẫn về hồ sơ đảng viên: never altered): a correction is
    // a new row, so any UPDATE or DELETE, from the service or a console, is refused.
    this.addSql(`create function "__schema__"."dossier_entry_append_only"() returns trigger language plpgsql as $$ begin raise exception 'dossier_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(`create trigger "dossier_entry_append_only" before update or delete on "__schema__"."dossier_entry" for each row execute function "__schema__"."dossier_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."dossier_entry" cascade;`);
    this.addSql(`drop function if exists "__schema__"."dossier_entry_append_only"();`);
  }

}
