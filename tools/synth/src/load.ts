import { Client } from 'pg';
import { copyRows } from './copy';
import { memberRows, PERSON_COLUMNS } from './members';
import { Random } from '@party/testing';
import type { Scale } from './scales';
import { synthTree, SynthOrg } from './tree';

export interface SynthLoad {
  scale: string;
  orgs: number;
  grassroots: number;
  members: number;
  /** The root and a few organizations a bench asks about: a grassroots committee, a chi bộ, a committee above the grassroots. */
  rootId: string;
  sampleIds: { grassrootsCommittee: string; grassrootsCell: string; committee: string | null };
  /** Milliseconds: the rows copied, the secondary indexes rebuilt, `analyze`. */
  copyMs: number;
  indexMs: number;
  analyzeMs: number;
}

/**
 * A scale's organization tree and members into membership's tables in `schema` (migrated, empty),
 * with COPY: at a province or the nation no path through the service holds 400.000–5,6 M rows in
 * minutes, and what the benches measure is reading them. The secondary indexes of `person` are
 * dropped before the copy and rebuilt after, as a bulk load does.
 */
export async function loadScale(databaseUrl: string, schema: string, scale: Scale, seed = 2024): Promise<SynthLoad> {
  const orgs = synthTree(scale, new Random(seed));
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const t = (name: string) => `"${schema}"."${name}"`;
    const indexes: { indexname: string; indexdef: string }[] = (
      await db.query(`select indexname, indexdef from pg_indexes where schemaname = $1 and tablename = 'person' and indexname <> 'person_pkey'`, [schema])
    ).rows;
    const constraints: { conname: string; def: string }[] = (
      await db.query(`select conname, pg_get_constraintdef(c.oid) as def from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = $1 and c.conrelid = $2::regclass and c.contype = 'u'`, [schema, t('person')])
    ).rows;
    for (const c of constraints) await db.query(`alter table ${t('person')} drop constraint "${c.conname}"`);
    for (const i of indexes) if (!constraints.some((c) => c.conname === i.indexname)) await db.query(`drop index "${schema}"."${i.indexname}"`);

    let t0 = Date.now();
    await copyRows(databaseUrl, t('organization'), ['id', 'kind', 'origin', 'established_on', 'status', 'successor_ids', 'created_at'], [orgs.map(orgRow).join('')]);
    await copyRows(databaseUrl, t('organization_version'), ['id', 'org_id', 'name', 'kind', 'parent_id', 'valid_from', 'change', 'decision_number', 'recorded_at'], [orgs.map(versionRow).join('')]);
    await copyRows(databaseUrl, t('person'), PERSON_COLUMNS, memberRows(orgs, scale.members, seed + 1));
    const copyMs = Date.now() - t0;

    t0 = Date.now();
    for (const c of constraints) await db.query(`alter table ${t('person')} add constraint "${c.conname}" ${c.def}`);
    for (const i of indexes) if (!constraints.some((c) => c.conname === i.indexname)) await db.query(i.indexdef);
    const indexMs = Date.now() - t0;
    t0 = Date.now();
    for (const name of ['organization', 'organization_version', 'person']) await db.query(`vacuum analyze ${t(name)}`);
    const analyzeMs = Date.now() - t0;

    return {
      scale: scale.name,
      orgs: orgs.length,
      grassroots: scale.grassroots,
      members: scale.members,
      rootId: orgs[0].id,
      sampleIds: { grassrootsCommittee: biggest(orgs, 'grassroots_committee'), grassrootsCell: biggest(orgs, 'grassroots_cell'), committee: scale.levels.length ? orgs[1].id : null },
      copyMs,
      indexMs,
      analyzeMs,
    };
  } finally {
    await db.end();
  }
}

/** The grassroots organization of `kind` drawing the most members: the detail page's worst case. */
function biggest(orgs: SynthOrg[], kind: 'grassroots_committee' | 'grassroots_cell'): string {
  const weight = new Map<string, number>();
  for (const o of orgs) {
    if (o.kind === kind) weight.set(o.id, (weight.get(o.id) ?? 0) + o.weight);
    else if (o.parentId && weight.has(o.parentId)) weight.set(o.parentId, (weight.get(o.parentId) ?? 0) + o.weight);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0][0];
}

const orgRow = (o: SynthOrg) => `${o.id}\t${o.kind}\tnew\t${o.establishedOn}\tactive\t{}\t2024-01-01T00:00:00Z\n`;
const versionRow = (o: SynthOrg, i: number) =>
  `01900000-0003-7000-8000-${i.toString(16).padStart(12, '0')}\t${o.id}\t${o.name}\t${o.kind}\t${o.parentId ?? '\\N'}\t${o.establishedOn}\testablished\t${100 + (i % 900)}-QĐ/ĐU\t2024-01-01T00:00:00Z\n`;
