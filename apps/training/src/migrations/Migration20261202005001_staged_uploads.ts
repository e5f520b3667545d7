import { SchemaMigration } from '@party/database';

export class Migration20261202005001_staged_uploads extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."staged_upload" ("id" uuid not null, "owner_id" text not null, "direction" text not null, "file_name" text not null, "content_type" text not null, "size" int not null, "chunks" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "staged_upload_pkey" primary key ("id"));`);
    this.addSql(`create index "staged_upload_expires_at_index" on "__schema__"."staged_upload" ("expires_at");`);

    this.addSql(`create table "__schema__"."staged_import" ("upload_id" uuid not null, "purpose" text not null, "class_id" uuid not null, "completed_on" date null, "certificate_issued_on" date null, "previewed_at" timestamptz not null, constraint "staged_import_pkey" primary key ("upload_id"));`);
    this.addSql(`create index "staged_import_class_id_index" on "__schema__"."staged_import" ("class_id");`);

    this.addSql(`create table "__schema__"."upload_chunk" ("upload_id" uuid not null, "seq" int not null, "bytes" bytea not null, constraint "upload_chunk_pkey" primary key ("upload_id", "seq"));`);

    this.addSql(`alter table "__schema__"."staged_import" add constraint "staged_import_upload_id_foreign" foreign key ("upload_id") references "__schema__"."staged_upload" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "__schema__"."staged_import" drop constraint "staged_import_upload_id_foreign";`);

    this.addSql(`drop table if exists "__schema__"."staged_upload" cascade;`);

    this.addSql(`drop table if exists "__schema__"."staged_import" cascade;`);

    this.addSql(`drop table if exists "__schema__"."upload_chunk" cascade;`);
  }

}
