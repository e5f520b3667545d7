import type { CoverageItem } from '../../api/inspection';

export interface CoverageKindGroup {
  kind: string;
  items: CoverageItem[];
  surveyed: number;
  total: number;
}

export interface CoverageGroup {
  parentId: string | null;
  parentName: string | null;
  kinds: CoverageKindGroup[];
  surveyed: number;
  total: number;
}

/** Đảng bộ cơ sở before chi bộ cơ sở, as the bloc's documents list them; other kinds after. */
const KIND_ORDER = ['grassroots_committee', 'grassroots_cell'];
const kindRank = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);

/**
 * The coverage drawn as the organization tree: under each parent (usually the bloc committee),
 * its grassroots organizations by kind, each group with how many were surveyed. Parents by name;
 * organizations by name; `status` keeps only the surveyed or the remaining ones (counts stay whole).
 */
export function groupCoverage(items: readonly CoverageItem[], status?: 'surveyed' | 'remaining'): CoverageGroup[] {
  const parents = new Map<string, CoverageGroup>();
  for (const item of items) {
    const parentId = item.parentId ?? null;
    const key = parentId ?? '';
    const group = parents.get(key) ?? { parentId, parentName: item.parentName ?? null, kinds: [], surveyed: 0, total: 0 };
    parents.set(key, group);
    let kind = group.kinds.find((k) => k.kind === item.kind);
    if (!kind) {
      kind = { kind: item.kind, items: [], surveyed: 0, total: 0 };
      group.kinds.push(kind);
    }
    group.total += 1;
    kind.total += 1;
    if (item.surveys > 0) {
      group.surveyed += 1;
      kind.surveyed += 1;
    }
    const shown = status === 'surveyed' ? item.surveys > 0 : status === 'remaining' ? item.surveys === 0 : true;
    if (shown) kind.items.push(item);
  }
  const byName = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '', 'vi');
  const groups = [...parents.values()].sort((a, b) => byName(a.parentName, b.parentName));
  for (const g of groups) {
    g.kinds.sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.kind.localeCompare(b.kind));
    for (const k of g.kinds) k.items.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }
  return groups;
}

/** The day the coverage is read on: the address's, else today in the current year, else the year's last day. */
export function coverageDay(asOf: string | undefined, year: number, today: string): string {
  if (asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  return year >= Number(today.slice(0, 4)) ? today : `${year}-12-31`;
}
