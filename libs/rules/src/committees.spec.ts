import { checkCommitteeKind, checkHolderStanding, checkPost, isSingleHolderPost } from './committees';

describe('committee.composition (Điều lệ Đảng, Điều 32)', () => {
  it('gives an inspection committee to a grassroots party committee and the bloc, never to a chi bộ or a sub-committee', () => {
    expect(checkCommitteeKind('grassroots_committee', 'inspection', '2020-05-01')).toBeNull();
    expect(checkCommitteeKind('bloc_committee', 'inspection', '2020-05-01')).toBeNull();
    for (const kind of ['grassroots_cell', 'dependent_cell', 'sub_committee']) {
      const refusal = checkCommitteeKind(kind, 'inspection', '2020-05-01');
      expect(refusal?.code).toBe('no_committee_of_kind');
      expect(refusal?.message.vi).toContain('không có ủy ban kiểm tra');
      expect(refusal?.rule.regulation).toContain('Điều 32');
    }
  });

  it('lets every level but a party group elect an executive committee', () => {
    for (const kind of ['bloc_committee', 'grassroots_committee', 'grassroots_cell', 'sub_committee', 'dependent_cell']) expect(checkCommitteeKind(kind, 'executive', '2023-01-01')).toBeNull();
    expect(checkCommitteeKind('party_group', 'executive', '2023-01-01')?.message.vi).toBe('Tổ đảng không bầu cấp ủy');
  });

  it('keeps the posts of each kind apart, and the standing committee to grassroots party committees and above', () => {
    expect(checkPost('grassroots_committee', 'executive', 'standing_member', '2023-01-01')).toBeNull();
    expect(checkPost('grassroots_committee', 'executive', 'inspection_chair', '2023-01-01')?.code).toBe('post_not_of_kind');
    expect(checkPost('grassroots_committee', 'inspection', 'secretary', '2023-01-01')?.code).toBe('post_not_of_kind');
    expect(checkPost('grassroots_cell', 'executive', 'standing_member', '2023-01-01')?.message.vi).toBe('Chi bộ cơ sở không có ban thường vụ');
    expect(checkPost('grassroots_cell', 'executive', 'deputy_secretary', '2023-01-01')).toBeNull();
  });

  it('has one secretary and one inspection chair at a time, several deputies', () => {
    expect(isSingleHolderPost('secretary', '2023-01-01')).toBe(true);
    expect(isSingleHolderPost('inspection_chair', '2023-01-01')).toBe(true);
    expect(isSingleHolderPost('deputy_secretary', '2023-01-01')).toBe(false);
  });
});

describe('committee.holder-standing (Điều lệ Đảng, Điều 5)', () => {
  it('refuses a probationary member and accepts an official one', () => {
    expect(checkHolderStanding('official', 'Nguyễn Văn An', '2023-03-01')).toBeNull();
    const refusal = checkHolderStanding('probationary', 'Nguyễn Văn An', '2023-03-01');
    expect(refusal?.message.vi).toBe('Nguyễn Văn An là đảng viên dự bị vào ngày 2023-03-01: đảng viên dự bị không ứng cử vào cơ quan lãnh đạo của Đảng');
    expect(refusal?.rule.regulation).toBe('Điều lệ Đảng, Điều 5');
  });
});
