import { checkConversion, probationTimeline } from './probation';

describe('probation (Điều lệ Đảng Điều 5; review within 30 working days)', () => {
  it('ends 12 months after the ceremony, which is also the official date', () => {
    const t = probationTimeline('2023-03-15');
    expect(t.probationEnds).toBe('2024-03-15');
    expect(t.officialDate).toBe('2024-03-15');
  });

  it('counts the review deadline in working days across Giỗ Tổ and 30/4 2024', () => {
    // 18/4 Giỗ Tổ, 29/4 swapped, 30/4 and 1/5 off: the 30th working day is 2/5.
    expect(probationTimeline('2023-03-15').reviewDeadline).toBe('2024-05-02');
  });

  it('clamps a ceremony on 29/02 to 28/02 of the next year', () => {
    expect(probationTimeline('2024-02-29').probationEnds).toBe('2025-02-28');
  });

  it('keeps ceremony + 12 months as the official date when the conversion is decided 2 months late', () => {
    const check = checkConversion({ ceremonyDate: '2023-03-15', reviewDate: '2024-05-15', newMemberCourseCertificateIssuedOn: '2023-08-01' });
    expect(check.allowed).toBe(true);
    expect(check.officialDate).toBe('2024-03-15');
    expect(check.reviewStatus).toBe('overdue');
    expect(check.warnings.map((w) => w.code)).toEqual(['REVIEW_LATE']);
  });

  it('is on time when the chi bộ reviews on the 30th working day', () => {
    const check = checkConversion({ ceremonyDate: '2023-03-15', reviewDate: '2024-05-02', newMemberCourseCertificateIssuedOn: '2023-08-01' });
    expect(check.reviewStatus).toBe('on_time');
    expect(check.warnings).toEqual([]);
  });

  it('refuses a review the day before the 12 months end', () => {
    const check = checkConversion({ ceremonyDate: '2023-03-15', reviewDate: '2024-03-14', newMemberCourseCertificateIssuedOn: '2023-08-01' });
    expect(check.allowed).toBe(false);
    expect(check.violations.map((v) => v.code)).toEqual(['REVIEW_BEFORE_PROBATION_ENDS']);
  });

  it('refuses conversion without the new-member course certificate at the review', () => {
    expect(checkConversion({ ceremonyDate: '2023-03-15', reviewDate: '2024-03-20' }).violations.map((v) => v.code)).toEqual([
      'NEW_MEMBER_COURSE_MISSING',
    ]);
    const late = checkConversion({ ceremonyDate: '2023-03-15', reviewDate: '2024-03-20', newMemberCourseCertificateIssuedOn: '2024-03-21' });
    expect(late.violations.map((v) => v.code)).toEqual(['NEW_MEMBER_COURSE_MISSING']);
  });
});
