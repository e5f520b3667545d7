import { checkAdmission, checkVettingBeforeVote, introducerStandingOn, type AdmissionFacts, type IntroducerMembership } from './admission';

/** Everything is judged on the vote date: what happened to an introducer afterwards does not count. */
const voteDate = '2023-06-15';
const official: IntroducerMembership = { admissionDecisionDate: '2010-03-01', officialDate: '2011-03-20', endedOn: null, endedAs: null };

const withIntroducer = (membership: IntroducerMembership | null): AdmissionFacts => ({
  birthDate: '2000-06-01',
  educationCode: '12/12',
  introducers: [
    { kind: 'party_member', memberId: 'A', name: 'Nguyễn Văn An', membership, togetherSince: '2020-01-01' },
    { kind: 'youth_union_committee', organization: 'Đoàn cơ sở' },
  ],
  chiBoVote: { voteDate, officialMembers: 9, votesFor: 6 },
  certificateIssuedOn: '2022-11-20',
});
const findings = (m: IntroducerMembership | null) => checkAdmission(withIntroducer(m)).violations;

describe('introducerStandingOn: an official member on the vote date, from the records', () => {
  it('keeps an introducer who died, left or was struck off after the vote, or on its day', () => {
    for (const endedAs of ['died', 'left', 'struckOff', 'expelled']) {
      expect(introducerStandingOn({ ...official, endedOn: '2023-06-16', endedAs }, voteDate)).toEqual({ official: true });
      expect(introducerStandingOn({ ...official, endedOn: voteDate, endedAs }, voteDate)).toEqual({ official: true });
    }
    expect(findings({ ...official, endedOn: '2023-06-16', endedAs: 'died' })).toEqual([]);
  });

  it('refuses one whose membership ended the day before, by name, saying how and when', () => {
    const [f] = findings({ ...official, endedOn: '2023-06-14', endedAs: 'died' });
    expect(f).toMatchObject({ code: 'INTRODUCER_NO_LONGER_MEMBER', regulation: 'Điều lệ Đảng, Điều 4' });
    expect(f.message.vi).toBe('Người giới thiệu Nguyễn Văn An đã từ trần ngày 2023-06-14, trước ngày chi bộ xét 2023-06-15: không còn là đảng viên chính thức vào ngày đó.');
    expect(f.message.en).toBe('Introducer Nguyễn Văn An died on 2023-06-14, before the vote date 2023-06-15: no longer an official member that day.');
  });

  it('counts an introducer official on the vote date itself, not one made official the day after', () => {
    expect(findings({ ...official, officialDate: voteDate })).toEqual([]);
    const [f] = findings({ ...official, officialDate: '2023-06-16' });
    expect(f.code).toBe('INTRODUCER_NOT_OFFICIAL');
    expect(f.message.vi).toBe('Người giới thiệu Nguyễn Văn An chưa là đảng viên chính thức vào ngày chi bộ xét 2023-06-15: chính thức từ ngày 2023-06-16, sau ngày đó.');
  });

  it('says why otherwise: still probationary, admitted later, no record', () => {
    expect(findings({ ...official, officialDate: null })[0].message.vi).toContain('là đảng viên dự bị (kết nạp ngày 2010-03-01)');
    expect(findings({ admissionDecisionDate: '2023-07-01', officialDate: null, endedOn: null, endedAs: null })[0].message.en).toContain('admitted only on 2023-07-01');
    expect(findings(null)[0].message.vi).toContain('không có trong hồ sơ đảng viên');
  });
});

describe('checkVettingBeforeVote: thẩm tra lý lịch concluded before the chi bộ votes', () => {
  it('accepts a conclusion on or before the vote date and refuses one the day after, naming the rule', () => {
    expect(checkVettingBeforeVote({ status: 'concluded', concludedOn: '2023-06-14' }, voteDate)).toEqual([]);
    expect(checkVettingBeforeVote({ status: 'concluded', concludedOn: voteDate }, voteDate)).toEqual([]);
    const [late] = checkVettingBeforeVote({ status: 'concluded', concludedOn: '2023-06-16' }, voteDate);
    expect(late).toMatchObject({ code: 'VETTING_CONCLUDED_AFTER_VOTE', ruleId: 'admission.vetting-before-vote', regulation: 'Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)' });
    expect(late.message.vi).toContain('kết luận ngày 2023-06-16, sau ngày đó');
  });

  it('refuses while pending or not recorded, under the rule of the vote date', () => {
    expect(checkVettingBeforeVote({ status: 'pending', concludedOn: null }, voteDate).map((f) => f.code)).toEqual(['VETTING_PENDING']);
    expect(checkVettingBeforeVote({ status: null, concludedOn: null }, voteDate).map((f) => f.code)).toEqual(['VETTING_NOT_RECORDED']);
    expect(checkVettingBeforeVote({ status: 'pending', concludedOn: null }, '2025-03-01')[0].regulation).toContain('232-QĐ/TW');
  });
});
