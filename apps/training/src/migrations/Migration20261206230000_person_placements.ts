import { SchemaMigration } from '@party/database';

/**
 * Training's copy of membership's placements of people (`PersonPlacement`). Filled by the new
 * durable consumer `training-people`, which reads membership's stream from its start: the people
 * recorded before this migration are placed as it catches up, nothing to copy here.
 */
export class Migration20261206230000_person_placements extends SchemaMigration {

  override async up(): Promise<void> {
    this.addSql(`create table "__schema__"."person_placement" ("event_id" uuid not null, "person_id" text not null, "org_id" text null, "valid_from" date null, "recorded_at" timestamptz not null, constraint "person_placement_pkey" primary key ("event_id"));`);
    this.addSql(`create index "person_placement_person_id_valid_from_index" on "__schema__"."person_placement" ("person_id", "valid_from");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "__schema__"."person_placement" cascade;`);
  }

}
