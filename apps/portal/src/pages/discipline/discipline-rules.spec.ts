import { describe, expect, it } from '@jest/globals';
import { DECIDING_BODIES as RULE_BODIES, DISCIPLINE_COMPETENCE_RULES, DISCIPLINE_FORM_RULES } from '@party/rules';
import { deadlineTone, SOON_DAYS } from './complaint-deadline';
import { bodiesFor, COMPETENCE, COMPETENCE_REGULATION, DECIDING_BODIES, levelsFor, lighterLevels, validityOf } from './penalties';

const latest = <T>(rules: readonly T[]) => rules[rules.length - 1];

describe('the penalties the discipline form offers', () => {
  it('are the rules’ forms: four for a member, two for a probationary member, three for an organization', () => {
    const forms = latest(DISCIPLINE_FORM_RULES).params.forms;
    expect(levelsFor('member')).toEqual(forms.official_member);
    expect(levelsFor('probationary')).toEqual(forms.probationary_member);
    expect(levelsFor('organization')).toEqual(forms.organization);
  });

  it('copies the competence of the deciding bodies from the rules', () => {
    const rule = latest(DISCIPLINE_COMPETENCE_RULES);
    expect(DECIDING_BODIES).toEqual(RULE_BODIES);
    expect(COMPETENCE.members).toEqual(rule.params.members);
    expect(COMPETENCE.organizations).toEqual(rule.params.organizations);
    expect(COMPETENCE_REGULATION).toBe(rule.regulation);
  });

  it('offers only the superior committee for an organization', () => {
    expect(bodiesFor('organization')).toEqual(['superior_committee']);
    expect(bodiesFor('member')).toHaveLength(5);
  });

  it('lessens only to a lighter penalty of the same kind of subject', () => {
    expect(lighterLevels('khai_tru', 'member')).toEqual(['khien_trach', 'canh_cao', 'cach_chuc']);
    expect(lighterLevels('giai_tan', 'organization')).toEqual(['khien_trach', 'canh_cao']);
    expect(lighterLevels('khien_trach', 'member')).toEqual([]);
  });

  it('shows an in-force discipline whose period has run out as ended', () => {
    expect(validityOf({ status: 'in_force', endsOn: '2024-01-31' }, '2024-02-01')).toBe('ended');
    expect(validityOf({ status: 'in_force', endsOn: '2024-01-31' }, '2024-01-31')).toBe('in_force');
    expect(validityOf({ status: 'annulled', endsOn: '2020-01-01' }, '2024-02-01')).toBe('annulled');
  });
});

describe('the colour of a complaint’s deadline', () => {
  const pending = (deadline: string, deadlineStatus: 'due' | 'overdue') => ({ deadline, deadlineStatus, status: 'pending' as const });

  it('is overdue with the days past when the server says so', () => {
    expect(deadlineTone(pending('2024-04-09', 'overdue'), '2024-04-19')).toEqual({ tone: 'overdue', days: 10 });
  });

  it(`warns from ${SOON_DAYS} days before the deadline`, () => {
    expect(deadlineTone(pending('2024-04-09', 'due'), '2024-04-01')).toEqual({ tone: 'due', days: 8 });
    expect(deadlineTone(pending('2024-04-09', 'due'), '2024-04-02')).toEqual({ tone: 'soon', days: 7 });
    expect(deadlineTone(pending('2024-04-09', 'due'), '2024-04-09')).toEqual({ tone: 'soon', days: 0 });
  });

  it('says on time or late once settled', () => {
    expect(deadlineTone({ deadline: '2024-04-09', deadlineStatus: 'on_time', status: 'resolved' }, '2024-05-01').tone).toBe('onTime');
    expect(deadlineTone({ deadline: '2024-04-09', deadlineStatus: 'overdue', status: 'resolved' }, '2024-05-01').tone).toBe('late');
  });
});
