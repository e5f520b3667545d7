import { describe, expect, it } from '@jest/globals';
import type { Reconciliation } from '../../api/reports';
import { orgKindGroups, trainingGroups } from './chart-data';
import { shareText, summarizeReconciliation } from './report-model';

const reconciliation = (values: Partial<Reconciliation>): Reconciliation => ({
  opening: null,
  admitted: null,
  transferredIn: null,
  transferredOut: null,
  died: null,
  struckOff: null,
  leftParty: null,
  expelled: null,
  removedFromProbation: null,
  handedOverIn: null,
  handedOverOut: null,
  closing: null,
  ...values,
});

const zeroFlows = {
  admitted: 0, transferredIn: 0, transferredOut: 0, died: 0, struckOff: 0, leftParty: 0,
  expelled: 0, removedFromProbation: 0, handedOverIn: 0, handedOverOut: 0,
};

describe('year-end report helpers', () => {
  it('writes a share as Vietnamese text: 143/151 = 94,7%', () => {
    const metrics = { 'rating.orgs.goodOrBetter': 143, 'rating.orgs.rated': 151 };
    expect(shareText('rating.orgs.goodOrBetter', metrics)).toBe('143/151 = 94,7%');
  });

  it('gives no share for a plain count, an unknown part or whole, or a whole of 0', () => {
    expect(shareText('members.total', { 'members.total': 8434 })).toBeNull();
    expect(shareText('rating.orgs.excellent', { 'rating.orgs.excellent': 5, 'rating.orgs.rated': null })).toBeNull();
    expect(shareText('rating.orgs.excellent', { 'rating.orgs.excellent': 0, 'rating.orgs.rated': 0 })).toBeNull();
  });

  it('reconciles opening + flows = closing, and flags a closing that differs', () => {
    const ok = summarizeReconciliation(reconciliation({ ...zeroFlows, opening: 100, admitted: 5, died: 2, closing: 103 }));
    expect(ok).toMatchObject({ computed: 103, mismatch: false, present: true });
    expect(ok.lines[0]).toEqual({ term: 'opening', sign: 0, value: 100 });
    expect(ok.lines.find((l) => l.term === 'died')?.sign).toBe(-1);
    const off = summarizeReconciliation(reconciliation({ ...zeroFlows, opening: 100, admitted: 5, closing: 104 }));
    expect(off).toMatchObject({ computed: 105, mismatch: true });
  });

  it('adds the members recorded from the books, as a line before the closing only when there are some', () => {
    const books = summarizeReconciliation(reconciliation({ ...zeroFlows, opening: 100, admitted: 5, recordedFromBooks: 3, closing: 108 }));
    expect(books).toMatchObject({ computed: 108, mismatch: false });
    expect(books.lines.slice(-2)).toEqual([
      { term: 'recordedFromBooks', sign: 1, value: 3 },
      { term: 'closing', sign: 0, value: 108 },
    ]);
    const none = summarizeReconciliation(reconciliation({ ...zeroFlows, opening: 100, closing: 100 }));
    expect(none.lines.map((l) => l.term)).not.toContain('recordedFromBooks');
  });

  it('computes nothing while a term is unknown, and hides an empty reconciliation', () => {
    expect(summarizeReconciliation(reconciliation({ opening: 100, closing: 100 }))).toMatchObject({ computed: null, mismatch: false, present: true });
    expect(summarizeReconciliation(reconciliation({})).present).toBe(false);
    expect(summarizeReconciliation(undefined).present).toBe(false);
  });

  it('groups the chart figures: classes and students per course type, organizations per kind', () => {
    const metrics = { 'training.classes.candidates': 4, 'training.students.candidates': 220, 'orgs.grassroots.cells': 98 };
    expect(trainingGroups(metrics)[0]).toEqual({ key: 'candidates', code: 'candidates', values: [4, 220] });
    expect(trainingGroups(metrics)[1].values).toEqual([null, null]);
    expect(orgKindGroups(metrics).map((g) => g.values[0])).toEqual([null, 98]);
  });
});
