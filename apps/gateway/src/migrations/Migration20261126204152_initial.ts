import { SchemaMigration } from '@party/database';

export class Migration20261126204152_initial extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "__schema__";`);
    this.addSql(`create table "__schema__"."audit_log" ("id" uuid not null, "at" timestamptz not null, "actor_id" text not null, "actor_name" text not null, "action" text not null, "entity" text not null, "entity_id" text not null, "before" jsonb null, "after" jsonb null, "correlation_id" text null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_log_entity_entity_id_index" on "__schema__"."audit_log" ("entity", "entity_id");`);

    this.addSql(`create table "__schema__"."inbox" ("consumer" text not null, "event_id" uuid not null, "type" text not null, "processed_at" timestamptz not null, constraint "inbox_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "__schema__"."login_attempt" ("username" text not null, "consecutive_failures" int not null, "locked_until" timestamptz null, "last_failure_at" timestamptz not null, constraint "login_attempt_pkey" primary key ("username"));`);

    this.addSql(`create table "__schema__"."outbox" ("id" uuid not null, "type" text not null, "version" smallint not null, "subject" text not null, "occurred_on" date not null, "recorded_at" timestamptz not null, "actor" jsonb not null, "org_id" text null, "correlation_id" text not null, "envelope" jsonb not null, "published_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_type_occurred_idx" on "__schema__"."outbox" ("type", "occurred_on");`);
    this.addSql(`create index "outbox_unpublished_idx" on "__schema__"."outbox" ("published_at", "id");`);

    this.addSql(`create table "__schema__"."refresh_token" ("id" uuid not null, "user_id" uuid not null, "secret_hash" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`create index "refresh_token_user_id_index" on "__schema__"."refresh_token" ("user_id");`);

    this.addSql(`create table "__schema__"."app_user" ("id" uuid not null, "username" text not null, "full_name" text not null, "password_hash" text not null, "roles" text[] not null, "org_scope_id" text null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "__schema__"."app_user" add constraint "app_user_username_unique" unique ("username");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."audit_log" cascade;`);

    this.addSql(`drop table if exists "__schema__"."inbox" cascade;`);

    this.addSql(`drop table if exists "__schema__"."login_attempt" cascade;`);

    this.addSql(`drop table if exists "__schema__"."outbox" cascade;`);

    this.addSql(`drop table if exists "__schema__"."refresh_token" cascade;`);

    this.addSql(`drop table if exists "__schema__"."app_user" cascade;`);

    this.addSql(`drop schema if exists "__schema__";`);
  }

}
