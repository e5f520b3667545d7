import type { EntityManager } from '@mikro-orm/postgresql';
import { isGrassrootsKind, ORG_KINDS, type OrgKind, type RatingPeerGroupConfig } from '@party/contracts';
import { ratedAfterAdmission } from '@party/rules';
import { placementsOn } from '../transfers/headcount';
import { ids, sql, tables, UUIDS } from './rating-sql';

/**
 * Who a round rates (Quy định 124-QĐ/TW; 366-QĐ/TW), on the round's date: the grassroots
 * organizations (đảng bộ cơ sở, chi bộ cơ sở) and the chi bộ trực thuộc of the scope, and the
 * members counted there by the headcount rule — listed with why they are not rated when they are
 * not (exempted on that date, admitted less than 6 months before). The peer groups follow the
 * round's configuration.
 */
export const RATED_ORG_KINDS: readonly OrgKind[] = ['grassroots_committee', 'grassroots_cell', 'dependent_cell'];

interface TreeRow {
  org_id: string;
  name: string;
  kind: OrgKind;
  parent_id: string | null;
  path: string[];
  grassroots_id: string | null;
}

export interface RosterSubject {
  kind: 'org' | 'member';
  refId: string;
  personId: string | null;
  orgId: string;
  orgKind: string;
  orgPath: string[];
  grassrootsOrgId: string | null;
  name: string;
  orgName: string;
  peerGroup: string;
  excludedReason: string | null;
}

export interface RosterGroup {
  key: string;
  kind: 'org' | 'member';
  anchorOrgId: string | null;
  labelVi: string;
  labelEn: string;
}

/** Every organization of the tree on `asOf` with its path from the root and its grassroots organization. */
export async function treeOn(em: EntityManager, asOf: string): Promise<Map<string, TreeRow>> {
  const t = tables(em);
  const grassroots = ids(ORG_KINDS.filter(isGrassrootsKind));
  const live = `v.valid_from <= ?::date and (v.valid_to is null or v.valid_to > ?::date)`;
  const rows = await sql<TreeRow>(
    em,
    `with recursive t as (
       select v.org_id, v.name, v.kind, v.parent_id, array[v.org_id] as path,
              case when v.kind = any(string_to_array(?, ',')) then v.org_id end as grassroots_id
         from ${t.version} v where v.parent_id is null and ${live}
       union all
       select v.org_id, v.name, v.kind, v.parent_id, t.path || v.org_id,
              coalesce(t.grassroots_id, case when v.kind = any(string_to_array(?, ',')) then v.org_id end)
         from ${t.version} v join t on v.parent_id = t.org_id
        where ${live} and not v.org_id = any(t.path)
     ) select org_id, name, kind, parent_id, path::text[] as path, grassroots_id from t`,
    [grassroots, asOf, asOf, grassroots, asOf, asOf],
  );
  return new Map(rows.map((r) => [r.org_id, r]));
}

function orgGroup(kind: OrgKind, grassrootsId: string | null, config: RatingPeerGroupConfig): string {
  if (kind === 'dependent_cell') return config.dependentCells === 'perGrassroots' && grassrootsId ? `chi-bo-truc-thuoc:${grassrootsId}` : 'chi-bo-truc-thuoc';
  if (config.grassroots === 'byKind') return kind === 'grassroots_committee' ? 'dang-bo-co-so' : 'chi-bo-co-so';
  return 'tccsd';
}

function memberGroup(orgId: string, grassrootsId: string | null, config: RatingPeerGroupConfig): string {
  if (config.members === 'together') return 'dang-vien';
  const anchor = config.members === 'perOrg' ? orgId : grassrootsId;
  return anchor ? `dang-vien:${anchor}` : 'dang-vien';
}

const FIXED_LABELS: Record<string, [string, string]> = {
  tccsd: ['Tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở)', 'Grassroots organizations'],
  'dang-bo-co-so': ['Đảng bộ cơ sở', 'Grassroots party committees'],
  'chi-bo-co-so': ['Chi bộ cơ sở', 'Grassroots party cells'],
  'chi-bo-truc-thuoc': ['Chi bộ trực thuộc', 'Dependent party cells'],
  'dang-vien': ['Đảng viên', 'Members'],
};

function groupOf(key: string, kind: 'org' | 'member', tree: Map<string, TreeRow>): RosterGroup {
  const fixed = FIXED_LABELS[key];
  if (fixed) return { key, kind, anchorOrgId: null, labelVi: fixed[0], labelEn: fixed[1] };
  const [prefix, anchorOrgId] = key.split(':');
  const name = tree.get(anchorOrgId)?.name ?? anchorOrgId;
  return prefix === 'chi-bo-truc-thuoc'
    ? { key, kind, anchorOrgId, labelVi: `Chi bộ trực thuộc ${name}`, labelEn: `Dependent cells of ${name}` }
    : { key, kind, anchorOrgId, labelVi: `Đảng viên ${name}`, labelEn: `Members of ${name}` };
}

interface PersonRow {
  id: string;
  full_name: string;
  admission_decision_date: string;
  exempt_from: string | null;
  exempt_to: string | null;
}

/** The subjects and peer groups of a round of `year` over `scopeOrgId`'s subtree (null: the whole tree) on `asOf`. */
export async function rosterOf(em: EntityManager, input: { year: number; scopeOrgId: string | null; asOf: string; config: RatingPeerGroupConfig }): Promise<{ subjects: RosterSubject[]; groups: RosterGroup[] }> {
  const { year, scopeOrgId, asOf, config } = input;
  const tree = await treeOn(em, asOf);
  const inScope = (r: TreeRow) => !scopeOrgId || r.path.includes(scopeOrgId);
  const subjects: RosterSubject[] = [];
  for (const o of tree.values()) {
    if (!inScope(o) || !RATED_ORG_KINDS.includes(o.kind)) continue;
    subjects.push({
      kind: 'org',
      refId: o.org_id,
      personId: null,
      orgId: o.org_id,
      orgKind: o.kind,
      orgPath: o.path,
      grassrootsOrgId: o.grassroots_id,
      name: o.name,
      orgName: o.name,
      peerGroup: orgGroup(o.kind, o.grassroots_id, config),
      excludedReason: null,
    });
  }
  const placed = (await placementsOn(em, asOf)).filter((p) => {
    const o = tree.get(p.orgId);
    return o && inScope(o);
  });
  const t = tables(em);
  const people = new Map(
    (await sql<PersonRow>(em, `select id, full_name, admission_decision_date::text, exempt_from::text, exempt_to::text from ${t.person} where id = any(${UUIDS})`, [ids(placed.map((p) => p.personId))])).map((p) => [p.id, p]),
  );
  for (const { personId, orgId } of placed) {
    const p = people.get(personId)!;
    const o = tree.get(orgId)!;
    const exempted = p.exempt_from !== null && p.exempt_from <= asOf && (p.exempt_to === null || p.exempt_to >= asOf);
    const excludedReason = exempted ? 'exempted' : !ratedAfterAdmission(p.admission_decision_date, asOf, year).rated ? 'newlyAdmitted' : null;
    subjects.push({
      kind: 'member',
      refId: personId,
      personId,
      orgId,
      orgKind: o.kind,
      orgPath: o.path,
      grassrootsOrgId: o.grassroots_id,
      name: p.full_name,
      orgName: o.name,
      peerGroup: memberGroup(orgId, o.grassroots_id, config),
      excludedReason,
    });
  }
  const groups = new Map<string, RosterGroup>();
  for (const s of subjects) if (!groups.has(s.peerGroup)) groups.set(s.peerGroup, groupOf(s.peerGroup, s.kind, tree));
  return { subjects, groups: [...groups.values()] };
}
