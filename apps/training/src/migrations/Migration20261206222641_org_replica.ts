import { SchemaMigration } from '@party/database';

/**
 * Training's copy of the organization tree becomes the shared replica (`@party/org-replica`):
 * `grassroots` and `origin` as membership's events carry them, and the replica's indexes.
 *
 * Rows copied before: `grassroots` follows from the kind (membership derives it from the kind:
 * only a grassroots committee and a grassroots cell are grassroots), written out here so this
 * migration never changes; `origin` (new / merger / split, on an establishment) was not kept and
 * stays null on them — nothing in training reads it. Events from now on carry both.
 */
export class Migration20261206222641_org_replica extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`alter table "__schema__"."org_event" add column "grassroots" boolean null, add column "origin" text null;`);
    this.addSql(`update "__schema__"."org_event" set "grassroots" = "kind" in ('grassroots_committee', 'grassroots_cell');`);
    this.addSql(`alter table "__schema__"."org_event" alter column "grassroots" set not null;`);
    this.addSql(`create index "org_event_type_occurred_on_index" on "__schema__"."org_event" ("type", "occurred_on");`);

    this.addSql(`alter table "__schema__"."org_version" add column "grassroots" boolean null;`);
    this.addSql(`update "__schema__"."org_version" set "grassroots" = "kind" in ('grassroots_committee', 'grassroots_cell');`);
    this.addSql(`alter table "__schema__"."org_version" alter column "grassroots" set not null;`);
    this.addSql(`create index "org_version_valid_from_valid_to_index" on "__schema__"."org_version" ("valid_from", "valid_to");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "__schema__"."org_event_type_occurred_on_index";`);
    this.addSql(`alter table "__schema__"."org_event" drop column "grassroots", drop column "origin";`);

    this.addSql(`drop index "__schema__"."org_version_valid_from_valid_to_index";`);
    this.addSql(`alter table "__schema__"."org_version" drop column "grassroots";`);
  }

}
