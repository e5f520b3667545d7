import { TSMigrationGenerator } from '@mikro-orm/migrations';
import { SCHEMA_TOKEN } from './schema-migration';

/** Writes migrations that extend `SchemaMigration`, with the schema name replaced by a token. */
export class SchemaNeutralMigrationGenerator extends TSMigrationGenerator {
  override generateMigrationFile(className: string, diff: { up: string[]; down: string[] }): string {
    const schema = this.driver.config.get('schema');
    const neutral = (sql: string) => sql.split(`"${schema}"`).join(SCHEMA_TOKEN);
    const code = super.generateMigrationFile(className, { up: diff.up.map(neutral), down: diff.down.map(neutral) });
    return code
      .replace(`import { Migration } from '@mikro-orm/migrations';`, `import { SchemaMigration } from '@party/database';`)
      .replace(' extends Migration {', ' extends SchemaMigration {');
  }
}
