import { admissionDeadlines, admissionFactsSchema, checkAdmission, meetsTwoThirds, type AdmissionCheckOptions, type AdmissionFacts } from './admission';

const facts = (overrides: Partial<AdmissionFacts> = {}): AdmissionFacts => ({
  birthDate: '2000-06-01',
  educationCode: '12/12',
  introducers: [
    { kind: 'party_member', memberId: 'A', status: 'official', togetherSince: '2022-01-10' },
    { kind: 'youth_union_committee', organization: 'Đoàn cơ sở' },
  ],
  chiBoVote: { voteDate: '2023-06-15', officialMembers: 9, votesFor: 6 },
  certificateIssuedOn: '2022-11-20',
  ...overrides,
});

const codes = (f: AdmissionFacts, options: AdmissionCheckOptions = {}) => checkAdmission(f, options).violations.map((v) => v.code);

describe('checkAdmission', () => {
  it('accepts a complete case and names the regulations applied', () => {
    const check = checkAdmission(facts());
    expect(check.violations).toEqual([]);
    expect(check.eligible).toBe(true);
    expect(check.rules.map((r) => r.id)).toEqual([
      'admission.age',
      'admission.education',
      'admission.introducers',
      'admission.chi-bo-vote',
      'admission.party-awareness-certificate',
    ]);
    expect(admissionFactsSchema.safeParse(facts()).success).toBe(true);
  });

  it('refuses a vote one day before the 18th birthday', () => {
    expect(codes(facts({ birthDate: '2005-06-16' }))).toEqual(['AGE_UNDER_18']);
    expect(codes(facts({ birthDate: '2005-06-15' }))).toEqual([]);
  });

  it('escalates an applicant over 60 without refusing', () => {
    const check = checkAdmission(facts({ birthDate: '1960-01-01' }));
    expect(check.eligible).toBe(true);
    expect(check.needsHigherApproval).toBe(true);
  });

  describe('admission.chi-bo-vote (≥ 2/3 of official members)', () => {
    it('accepts exactly two thirds', () => {
      expect(meetsTwoThirds(6, 9)).toBe(true);
      expect(meetsTwoThirds(2, 3)).toBe(true);
      expect(meetsTwoThirds(10, 15)).toBe(true);
    });

    it('refuses one vote short of two thirds, in integers (no 0.666… rounding)', () => {
      expect(meetsTwoThirds(5, 8)).toBe(false); // 15 < 16
      expect(meetsTwoThirds(9, 14)).toBe(false); // 27 < 28
      expect(codes(facts({ chiBoVote: { voteDate: '2023-06-15', officialMembers: 8, votesFor: 5 } }))).toEqual(['VOTE_BELOW_TWO_THIRDS']);
    });

    it('rejects impossible vote counts as bad facts', () => {
      expect(() => checkAdmission(facts({ chiBoVote: { voteDate: '2023-06-15', officialMembers: 5, votesFor: 6 } }))).toThrow(RangeError);
    });
  });

  describe('admission.introducers (Điều lệ Đảng Điều 4)', () => {
    it('accepts an introducer with exactly 12 full months together', () => {
      const i = [{ kind: 'party_member' as const, status: 'official' as const, togetherSince: '2022-06-15' }, { kind: 'trade_union_committee' as const }];
      expect(codes(facts({ introducers: i }))).toEqual([]);
    });

    it('refuses an introducer with one day less than 12 months together', () => {
      const i = [{ kind: 'party_member' as const, status: 'official' as const, togetherSince: '2022-06-16' }, { kind: 'trade_union_committee' as const }];
      expect(codes(facts({ introducers: i }))).toEqual(['INTRODUCER_TOO_SHORT_TOGETHER']);
    });

    it('refuses a probationary introducer', () => {
      const i = [
        { kind: 'party_member' as const, memberId: 'A', status: 'official' as const, togetherSince: '2020-01-01' },
        { kind: 'party_member' as const, memberId: 'B', status: 'probationary' as const, togetherSince: '2020-01-01' },
      ];
      expect(codes(facts({ introducers: i }))).toEqual(['INTRODUCER_NOT_OFFICIAL']);
    });

    it('lets an organization replace one introducer but not both', () => {
      expect(codes(facts({ introducers: [{ kind: 'youth_union_committee' }, { kind: 'trade_union_committee' }] }))).toEqual([
        'INTRODUCER_TOO_MANY_ORGANIZATIONS',
      ]);
    });

    it('needs two introducers, distinct', () => {
      const a = { kind: 'party_member' as const, memberId: 'A', status: 'official' as const, togetherSince: '2020-01-01' };
      expect(codes(facts({ introducers: [a] }))).toEqual(['INTRODUCER_COUNT']);
      expect(codes(facts({ introducers: [a, a] }))).toEqual(['INTRODUCER_DUPLICATE']);
    });
  });

  describe('admission.education (lower secondary or above)', () => {
    it('refuses primary education', () => {
      expect(codes(facts({ educationCode: '5/12' }))).toEqual(['EDUCATION_BELOW_LOWER_SECONDARY']);
    });

    it('accepts the old 10-year system lower secondary and a custom code list', () => {
      expect(codes(facts({ educationCode: '7/10' }))).toEqual([]);
      expect(codes(facts({ educationCode: 'THCS' }), { qualifyingEducationCodes: ['THCS', 'THPT'] })).toEqual([]);
    });

    it('turns an approved hardship exception into a warning', () => {
      const check = checkAdmission(facts({ educationCode: '5/12' }), { educationExceptionApproved: true });
      expect(check.eligible).toBe(true);
      expect(check.warnings.map((w) => w.code)).toEqual(['EDUCATION_EXCEPTION']);
    });
  });

  it('refuses a certificate that expired before the vote', () => {
    expect(codes(facts({ certificateIssuedOn: '2018-06-15' }))).toEqual(['CERTIFICATE_EXPIRED']);
    expect(codes(facts({ certificateIssuedOn: '2018-06-16' }))).toEqual([]);
  });

  it('reports every violation at once', () => {
    const check = checkAdmission(
      facts({ birthDate: '2010-01-01', educationCode: '5/12', certificateIssuedOn: undefined, chiBoVote: { voteDate: '2023-06-15', officialMembers: 3, votesFor: 1 } }),
    );
    expect(check.violations.map((v) => v.code)).toEqual([
      'AGE_UNDER_18',
      'EDUCATION_BELOW_LOWER_SECONDARY',
      'VOTE_BELOW_TWO_THIRDS',
      'CERTIFICATE_MISSING',
    ]);
    for (const v of check.violations) expect(v.regulation).toBeTruthy();
  });
});

describe('admission deadlines (60 working days to decide, 30 to hold the ceremony)', () => {
  it('gives the decision deadline 60 working days after the resolution, across Tết 2023', () => {
    const d = admissionDeadlines({ resolutionDate: '2023-01-10' });
    expect(d.decisionDeadline).toBe('2023-04-11');
    expect(d.decisionStatus).toBeUndefined();
    expect(admissionDeadlines({ resolutionDate: '2023-01-10' }, '2023-04-12').decisionStatus).toBe('overdue');
  });

  it('holds the ceremony on time on the 30th working day after the decision and late on the 31st (Tết 2024)', () => {
    const onTime = admissionDeadlines({ resolutionDate: '2024-01-05', decisionDate: '2024-02-01', ceremonyDate: '2024-03-21' });
    expect(onTime.ceremonyDeadline).toBe('2024-03-21');
    expect(onTime.ceremonyStatus).toBe('on_time');
    expect(onTime.decisionStatus).toBe('on_time');
    const late = admissionDeadlines({ resolutionDate: '2024-01-05', decisionDate: '2024-02-01', ceremonyDate: '2024-03-22' });
    expect(late.ceremonyStatus).toBe('overdue');
  });

  it('shows a pending ceremony as due until the deadline passes', () => {
    expect(admissionDeadlines({ resolutionDate: '2024-01-05', decisionDate: '2024-02-01' }, '2024-03-21').ceremonyStatus).toBe('due');
    expect(admissionDeadlines({ resolutionDate: '2024-01-05', decisionDate: '2024-02-01' }, '2024-03-22').ceremonyStatus).toBe('overdue');
  });
});
