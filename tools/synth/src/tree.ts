import type { OrgKind } from '@party/contracts';
import { committeeName, departmentName, unitName } from './names';
import type { Random } from '@party/testing';
import type { Scale } from './scales';

export interface SynthOrg {
  id: string;
  kind: OrgKind;
  name: string;
  parentId: string | null;
  establishedOn: string;
  /** Where members are active (a chi bộ): how many of the scale's members it draws, relatively. */
  weight: number;
}

/** Deterministic uuids (version 7 layout, a counter in the last group): the same ids at every run. */
export const synthId = (space: number, n: number) => `01900000-${space.toString(16).padStart(4, '0')}-7000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * The organization tree of a scale: the root committee, the committees of `levels` (provinces,
 * districts / blocs), then the grassroots spread over the lowest committees: 55 % chi bộ cơ sở
 * (members sit in them), 45 % đảng bộ cơ sở holding 3–12 chi bộ trực thuộc (members sit in those).
 * Sizes are skewed as in life: most cells have 15–60 members, a few hundreds.
 */
export function synthTree(scale: Scale, r: Random): SynthOrg[] {
  const orgs: SynthOrg[] = [];
  let n = 0;
  const established = new Map<string, string>();
  const add = (o: Omit<SynthOrg, 'id' | 'establishedOn'>) => {
    // never before its parent: the tree on any date is a tree
    const org = { id: synthId(1, n++), establishedOn: r.date((o.parentId && established.get(o.parentId)) || '1975-01-01', '2012-12-31'), ...o };
    established.set(org.id, org.establishedOn);
    orgs.push(org);
    return org;
  };
  const root = add({ kind: 'bloc_committee', name: scale.name === 'nation' ? 'Đảng bộ toàn quốc (dữ liệu tổng hợp)' : scale.name === 'province' ? 'Đảng bộ tỉnh (dữ liệu tổng hợp)' : 'Đảng bộ Khối Doanh nghiệp tỉnh', parentId: null, weight: 0 });
  let parents = [root];
  scale.levels.forEach((count, level) => {
    const next: SynthOrg[] = [];
    let i = 0;
    for (const p of parents) for (let k = 0; k < count; k++) next.push(add({ kind: 'bloc_committee', name: committeeName(r, level, scale.levels.length, i++), parentId: p.id, weight: 0 }));
    parents = next;
  });
  for (let g = 0; g < scale.grassroots; g++) {
    const parent = parents[g % parents.length];
    const size = cellSize(r);
    if (r.next() < 0.55) {
      add({ kind: 'grassroots_cell', name: `Chi bộ ${unitName(r, g)}`, parentId: parent.id, weight: size });
    } else {
      const committee = add({ kind: 'grassroots_committee', name: `Đảng bộ ${unitName(r, g)}`, parentId: parent.id, weight: 0 });
      const cells = r.int(3, 12);
      for (let c = 0; c < cells; c++) add({ kind: 'dependent_cell', name: `Chi bộ ${departmentName(r, c)}`, parentId: committee.id, weight: (size * 2) / cells });
    }
  }
  return orgs;
}

function cellSize(r: Random): number {
  const x = r.next();
  return x < 0.85 ? 15 + x * 50 : x < 0.97 ? 60 + (x - 0.85) * 1500 : 250 + (x - 0.97) * 10_000;
}
