import { addDays, addYears, isOnOrAfter, isOnOrBefore, type LocalDate } from './local-date';
import { finding, versionOn, type Finding, type Rule } from './rule';

export interface CertificateParams {
  validYears: number;
}

export const PARTY_AWARENESS_CERTIFICATE_RULES: readonly Rule<CertificateParams>[] = [
  {
    id: 'admission.party-awareness-certificate',
    version: 1,
    regulation: 'Quy định 24-QĐ/TW (2021); Hướng dẫn 12-HD/BTCTW (2022)',
    effectiveFrom: '2021-07-30',
    effectiveTo: '2025-01-19',
    description: {
      vi: 'Người vào Đảng phải có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng còn giá trị (5 năm kể từ ngày cấp) tại thời điểm chi bộ xét.',
      en: 'The applicant needs a certificate of the "nhận thức về Đảng" course still valid (5 years from issue) on the vote date.',
    },
    params: { validYears: 5 },
  },
  {
    id: 'admission.party-awareness-certificate',
    version: 2,
    regulation: 'Quy định 232-QĐ/TW (2025); Hướng dẫn 12-HD/BTCTW (2022)',
    effectiveFrom: '2025-01-20',
    description: {
      vi: 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị 5 năm kể từ ngày cấp.',
      en: 'The "nhận thức về Đảng" certificate is valid for 5 years from issue.',
    },
    params: { validYears: 5 },
  },
];

/** Last valid day: the day before the n-th anniversary of issue (issued 2019-03-10 → 2024-03-09). */
export function certificateValidUntil(issuedOn: LocalDate, validYears = 5): LocalDate {
  return addDays(addYears(issuedOn, validYears), -1);
}

export function isCertificateValid(issuedOn: LocalDate, on: LocalDate, validYears = 5): boolean {
  return isOnOrAfter(on, issuedOn) && isOnOrBefore(on, certificateValidUntil(issuedOn, validYears));
}

/** Findings for the certificate on the vote date (empty when valid). */
export function checkPartyAwarenessCertificate(issuedOn: LocalDate | undefined, voteDate: LocalDate): Finding[] {
  const rule = versionOn(PARTY_AWARENESS_CERTIFICATE_RULES, voteDate);
  if (!issuedOn) {
    return [
      finding(
        rule,
        'CERTIFICATE_MISSING',
        'Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.',
        'No "nhận thức về Đảng" course certificate.',
      ),
    ];
  }
  if (isOnOrAfter(voteDate, issuedOn) && !isCertificateValid(issuedOn, voteDate, rule.params.validYears)) {
    const until = certificateValidUntil(issuedOn, rule.params.validYears);
    return [
      finding(
        rule,
        'CERTIFICATE_EXPIRED',
        `Giấy chứng nhận nhận thức về Đảng cấp ngày ${issuedOn} chỉ có giá trị đến hết ngày ${until}.`,
        `The certificate issued on ${issuedOn} was valid until ${until} inclusive.`,
      ),
    ];
  }
  if (!isOnOrAfter(voteDate, issuedOn)) {
    return [
      finding(
        rule,
        'CERTIFICATE_NOT_YET_ISSUED',
        `Giấy chứng nhận cấp ngày ${issuedOn}, sau ngày chi bộ xét ${voteDate}.`,
        `The certificate was issued on ${issuedOn}, after the vote on ${voteDate}.`,
      ),
    ];
  }
  return [];
}
