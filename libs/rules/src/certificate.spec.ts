import { certificateValidUntil, checkPartyAwarenessCertificate, isCertificateValid } from './certificate';

describe('admission.party-awareness-certificate (5 years)', () => {
  it('is valid until the day before its fifth anniversary', () => {
    expect(certificateValidUntil('2019-03-10')).toBe('2024-03-09');
  });

  it('is valid the day before its fifth anniversary', () => {
    expect(isCertificateValid('2019-03-10', '2024-03-09')).toBe(true);
    expect(checkPartyAwarenessCertificate('2019-03-10', '2024-03-09')).toEqual([]);
  });

  it('is expired on its fifth anniversary', () => {
    expect(isCertificateValid('2019-03-10', '2024-03-10')).toBe(false);
    expect(checkPartyAwarenessCertificate('2019-03-10', '2024-03-10').map((f) => f.code)).toEqual(['CERTIFICATE_EXPIRED']);
  });

  it('is valid on its day of issue, not before', () => {
    expect(isCertificateValid('2023-06-01', '2023-06-01')).toBe(true);
    expect(isCertificateValid('2023-06-01', '2023-05-31')).toBe(false);
    expect(checkPartyAwarenessCertificate('2023-06-01', '2023-05-31').map((f) => f.code)).toEqual(['CERTIFICATE_NOT_YET_ISSUED']);
  });

  it('clamps a 29/02 issue to 28/02 five years on', () => {
    expect(certificateValidUntil('2020-02-29')).toBe('2025-02-27');
  });

  it('reports a missing certificate with its regulation', () => {
    const [missing] = checkPartyAwarenessCertificate(undefined, '2023-06-01');
    expect(missing.code).toBe('CERTIFICATE_MISSING');
    expect(missing.regulation).toContain('12-HD/BTCTW');
    expect(missing.message.vi).toBeTruthy();
    expect(missing.message.en).toBeTruthy();
  });
});
