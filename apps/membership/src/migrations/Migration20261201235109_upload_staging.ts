import { SchemaMigration } from '@party/database';

export class Migration20261201235109_upload_staging extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."staged_upload" ("id" uuid not null, "owner_id" text not null, "direction" text not null, "file_name" text not null, "content_type" text not null, "size" int not null, "chunks" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "staged_upload_pkey" primary key ("id"));`);
    this.addSql(`create index "staged_upload_expires_at_index" on "__schema__"."staged_upload" ("expires_at");`);

    this.addSql(`create table "__schema__"."upload_chunk" ("upload_id" uuid not null, "seq" int not null, "bytes" bytea not null, constraint "upload_chunk_pkey" primary key ("upload_id", "seq"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."staged_upload" cascade;`);

    this.addSql(`drop table if exists "__schema__"."upload_chunk" cascade;`);
  }

}
