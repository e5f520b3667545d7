import { SchemaMigration } from '@party/database';

export class Migration20261202005058_bulk_load extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."bulk_load" ("id" uuid not null, "label" text not null, "started_by" text not null, "started_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, constraint "bulk_load_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."bulk_load" cascade;`);
  }

}
