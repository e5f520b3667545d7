import { SchemaMigration } from './schema-migration';

/**
 * The tables every service's schema starts with — the audit log, the inbox of consumed events and
 * the outbox that is its event log — written once. Each service's first migration is this class
 * under its own committed name, so the migration history of every schema stays what it was.
 */
export abstract class PlatformTablesMigration extends SchemaMigration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "__schema__";`);
    this.addSql(`create table "__schema__"."audit_log" ("id" uuid not null, "at" timestamptz not null, "actor_id" text not null, "actor_name" text not null, "action" text not null, "entity" text not null, "entity_id" text not null, "before" jsonb null, "after" jsonb null, "correlation_id" text null, constraint "audit_log_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_log_entity_entity_id_index" on "__schema__"."audit_log" ("entity", "entity_id");`);

    this.addSql(`create table "__schema__"."inbox" ("consumer" text not null, "event_id" uuid not null, "type" text not null, "processed_at" timestamptz not null, constraint "inbox_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "__schema__"."outbox" ("id" uuid not null, "type" text not null, "version" smallint not null, "subject" text not null, "occurred_on" date not null, "recorded_at" timestamptz not null, "actor" jsonb not null, "org_id" text null, "correlation_id" text not null, "envelope" jsonb not null, "published_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_type_occurred_idx" on "__schema__"."outbox" ("type", "occurred_on");`);
    this.addSql(`create index "outbox_unpublished_idx" on "__schema__"."outbox" ("published_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."audit_log" cascade;`);
    this.addSql(`drop table if exists "__schema__"."inbox" cascade;`);
    this.addSql(`drop table if exists "__schema__"."outbox" cascade;`);
    this.addSql(`drop schema if exists "__schema__";`);
  }
}
