import { describe, expect, it } from '@jest/globals';
import type { CoverageItem } from '../../api/inspection';
import { coverageDay, groupCoverage } from './coverage-groups';

const item = (name: string, kind: string, surveys: number, parent: [string, string] | null = ['B', 'Đảng bộ Khối']): CoverageItem => ({
  orgId: name,
  name,
  kind,
  parentId: parent?.[0] ?? null,
  parentName: parent?.[1] ?? null,
  surveys,
  lastSurveyedOn: surveys ? '2023-04-03' : null,
});

describe('the coverage map', () => {
  const items = [
    item('Chi bộ Xây lắp', 'grassroots_cell', 0),
    item('Đảng bộ Điện lực', 'grassroots_committee', 2),
    item('Chi bộ Bệnh viện', 'grassroots_cell', 1),
    item('Chi bộ Cảng', 'grassroots_cell', 0, ['G', 'Đảng bộ Tổng công ty']),
  ];

  it('groups organizations under their parent, đảng bộ cơ sở before chi bộ cơ sở, names in Vietnamese order', () => {
    const groups = groupCoverage(items);
    expect(groups.map((g) => [g.parentName, g.surveyed, g.total])).toEqual([
      ['Đảng bộ Khối', 2, 3],
      ['Đảng bộ Tổng công ty', 0, 1],
    ]);
    expect(groups[0].kinds.map((k) => [k.kind, k.surveyed, k.total, k.items.map((i) => i.name)])).toEqual([
      ['grassroots_committee', 1, 1, ['Đảng bộ Điện lực']],
      ['grassroots_cell', 1, 2, ['Chi bộ Bệnh viện', 'Chi bộ Xây lắp']],
    ]);
  });

  it('shows only the remaining (or surveyed) ones, the counts staying whole', () => {
    const remaining = groupCoverage(items, 'remaining');
    expect(remaining[0].kinds.map((k) => [k.kind, k.items.map((i) => i.name), k.total])).toEqual([
      ['grassroots_committee', [], 1],
      ['grassroots_cell', ['Chi bộ Xây lắp'], 2],
    ]);
    expect(groupCoverage(items, 'surveyed')[1].kinds[0].items).toEqual([]);
  });

  it('reads the coverage on the address’s day, else today in the current year, else the year’s last day', () => {
    expect(coverageDay('2023-05-31', 2023, '2026-12-07')).toBe('2023-05-31');
    expect(coverageDay(undefined, 2023, '2026-12-07')).toBe('2023-12-31');
    expect(coverageDay(undefined, 2026, '2026-12-07')).toBe('2026-12-07');
    expect(coverageDay('nonsense', 2026, '2026-12-07')).toBe('2026-12-07');
  });
});
