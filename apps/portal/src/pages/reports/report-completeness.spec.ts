import { describe, expect, it } from '@jest/globals';
import { completenessSummary, type Completeness } from './report-completeness';

const source = (source: Completeness['sources'][number]['source'], recordedAt: string | null, waiting: number) => ({
  source,
  appliedThrough: recordedAt ? { sequence: 10, eventId: 'e', type: 't', recordedAt } : null,
  lastSequence: 10 + waiting,
  waiting,
});

describe('whether the report includes the last command', () => {
  it('is complete up to the newest event applied across the sources', () => {
    const c: Completeness = { complete: true, sources: [source('membership', '2024-01-08T03:32:00.000Z', 0), source('training', '2024-01-09T01:00:00.000Z', 0)] };
    expect(completenessSummary(c)).toEqual({ complete: true, waiting: 0, lastRecordedAt: '2024-01-09T01:00:00.000Z' });
  });

  it('is behind by the events still waiting on every source', () => {
    const c: Completeness = { complete: false, sources: [source('membership', '2024-01-08T03:32:00.000Z', 3), source('training', null, 2)] };
    expect(completenessSummary(c)).toEqual({ complete: false, waiting: 5, lastRecordedAt: '2024-01-08T03:32:00.000Z' });
  });
});
