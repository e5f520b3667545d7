import { loadScale } from './load';
import { scaleNamed } from './scales';

/**
 * `npm run synth -- --scale bloc|province|nation --schema <membership schema>`: a national-shaped
 * dataset (organization tree, members with Vietnamese names and their dimensions) copied into
 * membership's tables of a migrated, empty schema of `DATABASE_URL`. The last line printed is the
 * load's summary as JSON (the bench reads it: a tool is run as a process, never imported).
 */
async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const scale = scaleNamed(arg('scale') ?? 'bloc');
  const schema = arg('schema') ?? process.env.DB_SCHEMA;
  const databaseUrl = process.env.DATABASE_URL;
  if (!schema || !databaseUrl) throw new Error('Name the membership schema (--schema or DB_SCHEMA) and DATABASE_URL');
  const summary = await loadScale(databaseUrl, schema, scale, Number(arg('seed') ?? 2024));
  console.log(JSON.stringify(summary));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
