import { basisFor, concludedOnProblem, earlierCaseProblem, repliedOnProblem, sentOnProblem, statusOf } from './vetting.rules';

/** The order of a vetting case at its edges: the same day is in order, the day before is not. */
const opened = { openedOn: '2023-03-01', requestId: null, sentOn: null, repliedOn: null, concludedOn: null };
const sent = { ...opened, requestId: 'letter', sentOn: '2023-03-10' };
const replied = { ...sent, repliedOn: '2023-04-20' };

it('accepts a letter dated the day the case opened, refuses one the day before, on sentOn', () => {
  expect(sentOnProblem(opened, '2023-03-01', null)).toBeNull();
  expect(sentOnProblem(opened, '2023-02-28', 'Nguyễn Văn An')).toEqual({
    field: 'sentOn',
    vi: 'Ngày gửi công văn 28/02/2023 trước ngày mở hồ sơ thẩm tra 01/03/2023 (Nguyễn Văn An)',
    en: 'The letter date 2023-02-28 is before the case was opened on 2023-03-01 (Nguyễn Văn An)',
  });
});

it('accepts a reply dated the letter’s day, refuses one the day before, on repliedOn', () => {
  expect(repliedOnProblem(sent, '2023-03-10', null)).toBeNull();
  expect(repliedOnProblem(sent, '2023-03-09', null)?.field).toBe('repliedOn');
});

it('judges a conclusion against the latest step: the reply, else the letter, else the opening', () => {
  expect(concludedOnProblem(replied, '2023-04-20', null)).toBeNull();
  expect(concludedOnProblem(replied, '2023-04-19', null)?.vi).toBe('Ngày kết luận 19/04/2023 trước ngày Công an trả lời 20/04/2023');
  expect(concludedOnProblem(sent, '2023-03-09', null)?.en).toBe('The conclusion date 2023-03-09 is before the letter was sent on 2023-03-10');
  expect(concludedOnProblem(opened, '2023-02-28', null)?.field).toBe('concludedOn');
  expect(concludedOnProblem(opened, '2023-03-01', null)).toBeNull();
});

it('rests a conclusion on the case’s own letter when it has one, else on the records unless an earlier request is named', () => {
  expect(basisFor(sent, null, null)).toEqual({ basis: 'request' });
  expect(basisFor(opened, null, null)).toEqual({ basis: 'records' });
  expect(basisFor(opened, 'earlier_request', null)).toEqual({ basis: 'earlier_request' });
  expect(basisFor(opened, 'request', null)).toMatchObject({ problem: { field: 'basis' } });
  expect(basisFor(sent, 'records', null, 'cases.3.basis')).toMatchObject({ problem: { field: 'cases.3.basis' } });
});

it('takes as an earlier request only another case of the same person, sent, answered on or before the conclusion', () => {
  const c = { id: 'new', personId: 'p' };
  const earlier = { ...replied, id: 'old', personId: 'p' };
  expect(earlierCaseProblem(earlier, c, '2023-04-20', null)).toBeNull();
  expect(earlierCaseProblem(earlier, c, '2023-04-19', null)?.field).toBe('concludedOn');
  expect(earlierCaseProblem({ ...earlier, personId: 'q' }, c, '2023-05-01', null)?.field).toBe('basisCaseId');
  expect(earlierCaseProblem({ ...opened, id: 'old', personId: 'p' }, c, '2023-05-01', null)?.field).toBe('basisCaseId');
  expect(earlierCaseProblem(null, c, '2023-05-01', null)?.field).toBe('basisCaseId');
});

it('names the status from the steps taken', () => {
  expect([opened, sent, replied, { ...opened, concludedOn: '2023-03-05' }].map(statusOf)).toEqual(['open', 'requested', 'replied', 'concluded']);
});
