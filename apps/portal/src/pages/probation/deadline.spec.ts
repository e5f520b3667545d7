import { describe, expect, it } from '@jest/globals';
import { daysBetween, deadlineState, officialDateOf, SOON_DAYS } from './deadline';

describe('deadline colour of a worklist row', () => {
  it('counts calendar days across months and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('is overdue when the server says so, with the days past', () => {
    expect(deadlineState('2024-04-09', '2024-04-19', 'overdue')).toEqual({ tone: 'overdue', days: 10 });
  });

  it(`is close from ${SOON_DAYS} days before the deadline to the deadline itself`, () => {
    expect(deadlineState('2024-04-09', '2024-04-01', 'due')).toEqual({ tone: 'due', days: 8 });
    expect(deadlineState('2024-04-09', '2024-04-02', 'due')).toEqual({ tone: 'soon', days: 7 });
    expect(deadlineState('2024-04-09', '2024-04-09', 'due')).toEqual({ tone: 'soon', days: 0 });
  });

  it('trusts the server on the day it turns overdue (working days, holidays), even if the dates disagree', () => {
    expect(deadlineState('2024-04-09', '2024-04-09', 'overdue')).toEqual({ tone: 'overdue', days: 0 });
  });
});

describe('the official date of a probationary member', () => {
  it('is the ceremony plus 12 months', () => {
    expect(officialDateOf('2023-02-27')).toBe('2024-02-27');
  });

  it('ends a probation begun on 29/02 on 28/02 of the next year', () => {
    expect(officialDateOf('2024-02-29')).toBe('2025-02-28');
  });
});
