import { describe, expect, it } from '@jest/globals';
import type { OrgView } from '../../api/orgs';
import { buildOrgTree, countGrassrootsByKind, parentIds } from './org-tree';

const org = (id: string, kind: OrgView['kind'], parentId: string | null): OrgView => ({
  id,
  name: id,
  kind,
  grassroots: kind === 'grassroots_committee' || kind === 'grassroots_cell',
  parentId,
  validFrom: '2020-01-01',
  status: 'active',
  establishedOn: '2020-01-01',
  endedOn: null,
});

const items = [
  org('bloc', 'bloc_committee', null),
  org('dbcs', 'grassroots_committee', 'bloc'),
  org('cbcs1', 'grassroots_cell', 'bloc'),
  org('cbcs2', 'grassroots_cell', 'bloc'),
  org('cbtt', 'dependent_cell', 'dbcs'),
];

describe('the organization tree', () => {
  it('nests organizations under their parents, in list order', () => {
    const [root] = buildOrgTree(items);
    expect(root.org.id).toBe('bloc');
    expect(root.children.map((c) => c.org.id)).toEqual(['dbcs', 'cbcs1', 'cbcs2']);
    expect(root.children[0].children.map((c) => c.org.id)).toEqual(['cbtt']);
  });

  it('makes a root of an organization whose parent is outside the list (a scoped user)', () => {
    expect(buildOrgTree(items.slice(1)).map((n) => n.org.id)).toEqual(['dbcs', 'cbcs1', 'cbcs2']);
  });

  it('counts grassroots organizations by kind, listing kinds with none', () => {
    expect(countGrassrootsByKind(items)).toEqual([
      { kind: 'grassroots_committee', count: 1 },
      { kind: 'grassroots_cell', count: 2 },
    ]);
    expect(countGrassrootsByKind([])).toEqual([
      { kind: 'grassroots_committee', count: 0 },
      { kind: 'grassroots_cell', count: 0 },
    ]);
  });

  it('lists the organizations that have children', () => {
    expect(parentIds(items).sort()).toEqual(['bloc', 'dbcs']);
  });
});
