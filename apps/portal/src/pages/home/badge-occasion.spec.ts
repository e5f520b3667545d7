import { describe, expect, it } from '@jest/globals';
import { nextBadgeOccasion } from './badge-occasion';

describe('nextBadgeOccasion', () => {
  it('is the occasion itself on its day', () => {
    expect(nextBadgeOccasion('2024-05-19')).toBe('2024-05-19');
  });

  it('is the next one the day after an occasion', () => {
    expect(nextBadgeOccasion('2024-02-04')).toBe('2024-05-19');
    expect(nextBadgeOccasion('2024-09-03')).toBe('2024-11-07');
  });

  it('is 3/2 of the next year after 7/11', () => {
    expect(nextBadgeOccasion('2026-11-08')).toBe('2027-02-03');
    expect(nextBadgeOccasion('2026-12-31')).toBe('2027-02-03');
  });

  it('is 3/2 of the same year at the start of the year', () => {
    expect(nextBadgeOccasion('2025-01-01')).toBe('2025-02-03');
  });
});
