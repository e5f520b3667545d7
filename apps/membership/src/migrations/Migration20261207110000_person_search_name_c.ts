import { SchemaMigration } from '@party/database';

export class Migration20261207110000_person_search_name_c extends SchemaMigration {

  override async up(): Promise<void> {
    // byte order whatever the database's collation: the search reads a prefix of the name in index order
    this.addSql(`drop index if exists "__schema__"."person_search_name_index";`);
    this.addSql(`create index "person_search_name_index" on "__schema__"."person" ("search_name" collate "C");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "__schema__"."person_search_name_index";`);
    this.addSql(`create index "person_search_name_index" on "__schema__"."person" ("search_name");`);
  }

}
