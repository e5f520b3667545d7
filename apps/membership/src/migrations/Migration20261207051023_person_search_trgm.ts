import { SchemaMigration } from '@party/database';

export class Migration20261207051023_person_search_trgm extends SchemaMigration {

  override async up(): Promise<void> {
    // trusted since PostgreSQL 13: the database's owner may create it; one per database, shared by the schemas
    this.addSql(`create extension if not exists pg_trgm schema public;`);
    this.addSql(`create index "person_search_name_trgm_index" on "__schema__"."person" using gin ("search_name" public.gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "__schema__"."person_search_name_trgm_index";`);
  }

}
