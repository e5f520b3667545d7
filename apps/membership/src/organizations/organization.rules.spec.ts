import {
  effectiveDateProblem,
  fewerThanThreeOfficial,
  grassrootsCellAtThirty,
  guidanceFor,
  memberDestinationProblem,
  membersLeftBehind,
  nameSample,
  parentKindProblem,
  partyCommitteeUnderThirty,
  subtreeOf,
  UNKNOWN_COUNTS,
  wouldCreateCycle,
} from './organization.rules';

describe('organization rules', () => {
  it('allows a grassroots organization only under the bloc committee', () => {
    expect(parentKindProblem('grassroots_committee', 'bloc_committee')).toBeNull();
    expect(parentKindProblem('grassroots_cell', 'bloc_committee')).toBeNull();
    expect(parentKindProblem('grassroots_cell', 'grassroots_committee')?.vi).toContain('Chi bộ cơ sở không thể trực thuộc Đảng bộ cơ sở');
    expect(parentKindProblem('grassroots_committee', null)?.en).toContain('needs a parent');
  });

  it('places chi bộ trực thuộc under a đảng bộ cơ sở or bộ phận, tổ đảng under a chi bộ', () => {
    expect(parentKindProblem('dependent_cell', 'grassroots_committee')).toBeNull();
    expect(parentKindProblem('dependent_cell', 'sub_committee')).toBeNull();
    expect(parentKindProblem('dependent_cell', 'bloc_committee')).not.toBeNull();
    expect(parentKindProblem('party_group', 'dependent_cell')).toBeNull();
    expect(parentKindProblem('party_group', 'grassroots_committee')).not.toBeNull();
    expect(parentKindProblem('bloc_committee', null)).toBeNull();
  });

  it('refuses an effective date on or before the latest recorded change', () => {
    expect(effectiveDateProblem('2023-01-01', '2023-01-01')).not.toBeNull();
    expect(effectiveDateProblem('2023-01-01', '2022-12-31')).not.toBeNull();
    expect(effectiveDateProblem('2023-01-01', '2023-01-02')).toBeNull();
  });

  it('detects a cycle through any parent holding on or after the date', () => {
    const parents: Record<string, string[]> = { c: ['b'], b: ['a'], a: [], x: ['a', 'c'] };
    const of = (id: string) => parents[id] ?? [];
    expect(wouldCreateCycle('a', 'c', of)).toBe(true);
    expect(wouldCreateCycle('b', 'b', of)).toBe(true);
    expect(wouldCreateCycle('c', 'x', of)).toBe(true); // x sits under c in a later version
    expect(wouldCreateCycle('x', 'b', of)).toBe(false);
  });

  it('lists a subtree breadth first', () => {
    const children: Record<string, string[]> = { a: ['b', 'c'], b: ['d'] };
    expect(subtreeOf('a', (id) => children[id] ?? [])).toEqual(['a', 'b', 'c', 'd']);
  });

  describe('guidance warnings', () => {
    it('warns a cell at 2 official members, not at 3', () => {
      expect(fewerThanThreeOfficial(2).status).toBe('warning');
      expect(fewerThanThreeOfficial(3).status).toBe('ok');
    });
    it('warns a chi bộ cơ sở at 30 members, not at 29', () => {
      expect(grassrootsCellAtThirty(29).status).toBe('ok');
      expect(grassrootsCellAtThirty(30).status).toBe('warning');
    });
    it('warns a đảng bộ cơ sở at 29 members, not at 30', () => {
      expect(partyCommitteeUnderThirty(29).status).toBe('warning');
      expect(partyCommitteeUnderThirty(30).status).toBe('ok');
    });
    it('reports unknown while member counts do not exist', () => {
      const checks = guidanceFor('grassroots_cell', UNKNOWN_COUNTS);
      expect(checks.map((c) => [c.code, c.status, c.count])).toEqual([
        ['cell_fewer_than_3_official', 'unknown', null],
        ['grassroots_cell_30_or_more', 'unknown', null],
      ]);
      expect(guidanceFor('grassroots_committee', UNKNOWN_COUNTS).map((c) => c.code)).toEqual(['party_committee_under_30']);
      expect(guidanceFor('dependent_cell', { official: 2, total: 2 }).map((c) => c.status)).toEqual(['warning']);
      expect(guidanceFor('bloc_committee', UNKNOWN_COUNTS)).toEqual([]);
    });
  });

  it('names at most five members, then how many others', () => {
    expect(nameSample(['An', 'Bình'])).toEqual({ vi: 'An, Bình', en: 'An, Bình' });
    expect(nameSample(['A', 'B', 'C', 'D', 'E'])).toEqual({ vi: 'A, B, C, D, E', en: 'A, B, C, D, E' });
    expect(nameSample(['A', 'B', 'C', 'D', 'E', 'F'])).toEqual({ vi: 'A, B, C, D, E và 1 người khác', en: 'A, B, C, D, E and 1 other' });
    expect(nameSample(['A', 'B', 'C', 'D', 'E', 'F', 'G']).en).toBe('A, B, C, D, E and 2 others');
    expect(membersLeftBehind('Chi bộ X', '2023-09-01', ['A', 'B', 'C', 'D', 'E', 'F', 'G'], 'dissolve').vi).toContain('còn 7 đảng viên đang sinh hoạt vào ngày 2023-09-01 (A, B, C, D, E và 2 người khác)');
  });

  it('sends members only to a chi bộ (or a tổ đảng), never straight into a đảng bộ', () => {
    expect(memberDestinationProblem('dependent_cell', 'Chi bộ 1')).toBeNull();
    expect(memberDestinationProblem('grassroots_cell', 'Chi bộ 2')).toBeNull();
    expect(memberDestinationProblem('party_group', 'Tổ 1')).toBeNull();
    for (const kind of ['grassroots_committee', 'sub_committee', 'bloc_committee'] as const) expect(memberDestinationProblem(kind, 'Đảng bộ')?.en).toContain('members are active in a party cell');
  });
});
