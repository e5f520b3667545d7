import { PlatformTablesMigration } from '@party/database';

/** The gateway's users, refresh tokens and login attempts, beside the platform tables. */
export class Migration20261126204152_initial extends PlatformTablesMigration {
  override async up(): Promise<void> {
    await super.up();
    this.addSql(`create table "__schema__"."login_attempt" ("username" text not null, "consecutive_failures" int not null, "locked_until" timestamptz null, "last_failure_at" timestamptz not null, constraint "login_attempt_pkey" primary key ("username"));`);
    this.addSql(`create table "__schema__"."refresh_token" ("id" uuid not null, "user_id" uuid not null, "secret_hash" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`create index "refresh_token_user_id_index" on "__schema__"."refresh_token" ("user_id");`);
    this.addSql(`create table "__schema__"."app_user" ("id" uuid not null, "username" text not null, "full_name" text not null, "password_hash" text not null, "roles" text[] not null, "org_scope_id" text null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."app_user" add constraint "app_user_username_unique" unique ("username");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."login_attempt" cascade;`);
    this.addSql(`drop table if exists "__schema__"."refresh_token" cascade;`);
    this.addSql(`drop table if exists "__schema__"."app_user" cascade;`);
    await super.down();
  }
}
