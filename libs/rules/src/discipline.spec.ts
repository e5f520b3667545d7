import { checkDiscipline, isLighter } from './discipline';
import { complaintInTime, disciplineComplaintWindow, resolutionDeadline, resolutionStatus } from './complaint-deadlines';
import { ruleVersion } from './registry';

describe('discipline.forms (Điều lệ Đảng, Điều 35)', () => {
  it('a probationary member is only reprimanded or warned', () => {
    expect(checkDiscipline('probationary_member', 'khien_trach', 'chi_bo', '2023-07-01')).toBeNull();
    expect(checkDiscipline('probationary_member', 'canh_cao', 'chi_bo', '2023-07-01')).toBeNull();
    for (const level of ['cach_chuc', 'khai_tru'] as const) {
      expect(checkDiscipline('probationary_member', level, 'superior_inspection_committee', '2023-07-01')).toMatchObject({ code: 'penalty_not_allowed_for_subject', field: 'level', rule: { regulation: 'Điều lệ Đảng, Điều 35' } });
    }
  });

  it('an official member is never dissolved, an organization never expelled or removed from post', () => {
    expect(checkDiscipline('official_member', 'giai_tan', 'superior_committee', '2023-07-01')?.field).toBe('level');
    expect(checkDiscipline('organization', 'khai_tru', 'superior_committee', '2023-07-01')?.field).toBe('level');
    expect(checkDiscipline('organization', 'cach_chuc', 'superior_committee', '2023-07-01')?.field).toBe('level');
    expect(checkDiscipline('organization', 'giai_tan', 'superior_committee', '2023-07-01')).toBeNull();
  });
});

describe('discipline.competence (Điều lệ Đảng, Điều 36; Quy định 22-QĐ/TW)', () => {
  it('a chi bộ reprimands and warns, never removes from post or expels', () => {
    expect(checkDiscipline('official_member', 'canh_cao', 'chi_bo', '2023-07-01')).toBeNull();
    const refusal = checkDiscipline('official_member', 'cach_chuc', 'chi_bo', '2023-07-01');
    expect(refusal).toMatchObject({ code: 'body_not_competent', field: 'decidingBody' });
    expect(refusal?.message.vi).toBe('Chi bộ không có thẩm quyền quyết định cách chức đảng viên chính thức: chỉ khiển trách, cảnh cáo');
  });

  it('a grassroots committee expels only when authorised to admit; the superior bodies decide every penalty', () => {
    expect(checkDiscipline('official_member', 'khai_tru', 'grassroots_committee', '2023-07-01')?.field).toBe('decidingBody');
    expect(checkDiscipline('official_member', 'khai_tru', 'grassroots_committee_admitting', '2023-07-01')).toBeNull();
    expect(checkDiscipline('official_member', 'khai_tru', 'superior_inspection_committee', '2023-07-01')).toBeNull();
  });

  it('an organization is disciplined by the superior committee only', () => {
    expect(checkDiscipline('organization', 'khien_trach', 'superior_inspection_committee', '2023-07-01')?.message.en).toBe('The superior Inspection Committee may not discipline a party organization');
    expect(checkDiscipline('organization', 'khien_trach', 'chi_bo', '2023-07-01')?.field).toBe('decidingBody');
  });

  it('has no version before Quy định 22-QĐ/TW took effect (rather than guess)', () => {
    expect(() => checkDiscipline('official_member', 'canh_cao', 'chi_bo', '2021-07-27')).toThrow('No version of rule "discipline.competence"');
    expect(ruleVersion('discipline.competence', '2021-07-28').version).toBe(1);
  });

  it('orders penalties by severity', () => {
    expect(isLighter('canh_cao', 'cach_chuc')).toBe(true);
    expect(isLighter('khai_tru', 'cach_chuc')).toBe(false);
    expect(isLighter('canh_cao', 'canh_cao')).toBe(false);
  });
});

describe('complaint deadlines (Quy định 22-QĐ/TW)', () => {
  it('a complaint against a discipline is in time on the last day of the month after receipt, not the day after', () => {
    expect(disciplineComplaintWindow('2023-04-03').lastDay).toBe('2023-05-03');
    expect(complaintInTime('2023-04-03', '2023-05-03')).toBe(true);
    expect(complaintInTime('2023-04-03', '2023-05-04')).toBe(false);
    // a month from 31 January ends on the last day of February
    expect(disciplineComplaintWindow('2023-01-31').lastDay).toBe('2023-02-28');
  });

  it('counts 30 working days across Tết 2023 for a denunciation settled at the bloc level', () => {
    // Mon 16/1; Tết off 20–26/1: the 30th working day is Mon 6/3
    expect(resolutionDeadline('to_cao', false, 'district', '2023-01-16')).toMatchObject({ deadline: '2023-03-06', workingDays: 30, rule: { id: 'denunciation.resolution' } });
    expect(resolutionDeadline('khieu_nai', true, 'district', '2023-01-16').rule.id).toBe('discipline.complaint-resolution');
    expect(resolutionDeadline('khieu_nai', false, 'provincial', '2023-01-16').workingDays).toBe(60);
    expect(resolutionDeadline('to_cao', false, 'central', '2023-01-16').workingDays).toBe(90);
  });

  it('is due on its deadline and overdue the day after; settled on it is on time', () => {
    expect(resolutionStatus('2023-03-06', { resolvedOn: null, today: '2023-03-06' })).toBe('due');
    expect(resolutionStatus('2023-03-06', { resolvedOn: null, today: '2023-03-07' })).toBe('overdue');
    expect(resolutionStatus('2023-03-06', { resolvedOn: '2023-03-06', today: '2023-12-31' })).toBe('on_time');
    expect(resolutionStatus('2023-03-06', { resolvedOn: '2023-03-07', today: '2023-03-07' })).toBe('overdue');
  });
});
