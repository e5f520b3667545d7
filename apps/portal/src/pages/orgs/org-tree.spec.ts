import { describe, expect, it } from '@jest/globals';
import { ORG_KIND_DEFINITIONS } from '@party/contracts';
import type { OrgView } from '../../api/orgs';
import { childKinds, ORG_KIND_ORDER, PARENT_KINDS, takesMembers } from './org-kinds';
import { buildTreeData, dayBefore, selectedIdOf } from './org-tree';

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

describe('the tree read level by level', () => {
  it('nests the levels read; a level not read yet has no children, so it can be opened', () => {
    const levels = new Map<string | null, OrgView[]>([
      [null, [org('bloc', 'bloc_committee', null)]],
      ['bloc', [org('dbcs', 'grassroots_committee', 'bloc'), org('cbcs', 'grassroots_cell', 'bloc')]],
    ]);
    const [root] = buildTreeData(levels);
    expect(root.key).toBe('bloc');
    expect(root.children?.map((c) => [c.key, c.isLeaf, c.children])).toEqual([
      ['dbcs', false, undefined],
      ['cbcs', false, undefined],
    ]);
  });

  it('marks a level read and empty as a leaf, and a tổ đảng always', () => {
    const levels = new Map<string | null, OrgView[]>([
      [null, [org('cb', 'dependent_cell', null)]],
      ['cb', [org('to', 'party_group', 'cb')]],
      ['to', []],
    ]);
    const [cell] = buildTreeData(levels);
    expect(cell.children?.[0]).toMatchObject({ key: 'to', isLeaf: true });
    expect(buildTreeData(new Map([[null, [org('to', 'party_group', null)]]]))[0].isLeaf).toBe(true);
  });

  it('reads the organization of the address, not a command', () => {
    expect(selectedIdOf('01a24e29-c76b-7268-bf56-db8bb9035575')).toBe('01a24e29-c76b-7268-bf56-db8bb9035575');
    expect(selectedIdOf('new')).toBeNull();
    expect(selectedIdOf('merge')).toBeNull();
    expect(selectedIdOf('handed-in')).toBeNull();
    expect(selectedIdOf(undefined)).toBeNull();
  });

  it('gives the day before a date, across months and years', () => {
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('the kinds an organization may have', () => {
  it('agree with contracts (the service refuses anything else)', () => {
    expect(ORG_KIND_ORDER).toEqual(Object.keys(ORG_KIND_DEFINITIONS));
    for (const kind of ORG_KIND_ORDER) expect(PARENT_KINDS[kind]).toEqual(ORG_KIND_DEFINITIONS[kind].parentKinds);
    for (const kind of ORG_KIND_ORDER) expect(takesMembers(kind)).toBe(!ORG_KIND_DEFINITIONS[kind].partyCommittee);
  });

  it('under the bloc: grassroots organizations (and a bloc); under a đảng bộ cơ sở: đảng bộ bộ phận, chi bộ trực thuộc', () => {
    expect(childKinds('bloc_committee')).toEqual(['bloc_committee', 'grassroots_committee', 'grassroots_cell']);
    expect(childKinds('grassroots_committee')).toEqual(['sub_committee', 'dependent_cell']);
    expect(childKinds('grassroots_cell')).toEqual(['party_group']);
    expect(childKinds('party_group')).toEqual([]);
    expect(childKinds(null)).toEqual(['bloc_committee']);
  });
});
