import { Migration } from '@mikro-orm/migrations';

export const SCHEMA_TOKEN = '"__schema__"';

/**
 * Migrations are written once, schema-neutral, and run into whichever schema the service is
 * configured with: `membership` in production, `t_<random>` in a test file. The generator
 * writes `"__schema__"` where MikroORM put the schema name; this puts the real one back.
 */
export abstract class SchemaMigration extends Migration {
  override addSql(sql: Parameters<Migration['addSql']>[0]): void {
    if (typeof sql === 'string') {
      const schema = this.config.get('schema');
      if (!schema) throw new Error('SchemaMigration needs the ORM option `schema`');
      sql = sql.split(SCHEMA_TOKEN).join(`"${schema}"`);
    }
    super.addSql(sql);
  }
}
