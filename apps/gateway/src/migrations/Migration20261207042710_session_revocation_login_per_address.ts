import { SchemaMigration } from '@party/database';

export class Migration20261207042710_session_revocation_login_per_address extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."ended_session" ("session_id" uuid not null, "user_id" uuid not null, "ended_at" timestamptz not null, constraint "ended_session_pkey" primary key ("session_id"));`);

    // failure counts are transient: they start again per username and address
    this.addSql(`delete from "__schema__"."login_attempt";`);
    this.addSql(`alter table "__schema__"."login_attempt" drop constraint "login_attempt_pkey";`);

    this.addSql(`alter table "__schema__"."login_attempt" add column "client_ip" text not null;`);
    this.addSql(`create index "login_attempt_username_index" on "__schema__"."login_attempt" ("username");`);
    this.addSql(`alter table "__schema__"."login_attempt" add constraint "login_attempt_pkey" primary key ("username", "client_ip");`);

    // a token issued before is its own session
    this.addSql(`alter table "__schema__"."refresh_token" add column "session_id" uuid null;`);
    this.addSql(`update "__schema__"."refresh_token" set "session_id" = "id";`);
    this.addSql(`alter table "__schema__"."refresh_token" alter column "session_id" set not null;`);
    this.addSql(`create index "refresh_token_session_id_index" on "__schema__"."refresh_token" ("session_id");`);

    this.addSql(`alter table "__schema__"."app_user" add column "token_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."ended_session" cascade;`);

    this.addSql(`alter table "__schema__"."app_user" drop column "token_version";`);

    this.addSql(`delete from "__schema__"."login_attempt";`);
    this.addSql(`drop index "__schema__"."login_attempt_username_index";`);
    this.addSql(`alter table "__schema__"."login_attempt" drop constraint "login_attempt_pkey";`);
    this.addSql(`alter table "__schema__"."login_attempt" drop column "client_ip";`);

    this.addSql(`alter table "__schema__"."login_attempt" add constraint "login_attempt_pkey" primary key ("username");`);

    this.addSql(`drop index "__schema__"."refresh_token_session_id_index";`);
    this.addSql(`alter table "__schema__"."refresh_token" drop column "session_id";`);
  }

}
