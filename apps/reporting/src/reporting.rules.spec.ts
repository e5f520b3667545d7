import { METRIC_KEYS, METRICS, METRICS_BY_KEY, reconciledClosing, roundedPercent, viNumber, viShare } from '@party/contracts';
import { deriveOrgVersions, OrgEventRow } from '@party/org-replica';
import { phaseOf } from './operations/projection-status';
import { handledEventTypes } from './projection/consumers';
import { deriveMemberIntervals, MemberEventRow } from './projection/member-intervals';
import { COMPUTED_KEYS } from './year-end/calculators';
import { findInconsistencies, notYetFedTerms, reconciliationOf } from './year-end/year-end.rules';

/** The keys of issue 5's table, named exactly so. */
const ISSUE_KEYS = [
  'orgs.grassroots', 'orgs.grassroots.partyCommittees', 'orgs.grassroots.cells', 'members.total', 'orgs.established', 'orgs.dissolved',
  'orgs.handedOver', 'members.handedOver', 'members.admitted', 'members.madeOfficial', 'cadre.consolidated.people', 'cadre.consolidated.orgs',
  'cadre.blocCommittee.added', 'cadre.blocInspectionCommittee.added', 'training.advancedTheory.sent', 'training.advancedTheory.registeredNextYear',
  'training.object4.registered', 'training.secretaries.trained', 'training.classes.candidates', 'training.students.candidates',
  'training.classes.newMembers', 'training.students.newMembers', 'training.classes.intermediateTheory', 'training.students.intermediateTheory',
  'badges.awarded', 'badges.awarded.30', 'badges.awarded.40', 'badges.awarded.45', 'badges.awarded.50', 'badges.awarded.55', 'cards.issued',
  'cards.reissued.damaged', 'cards.reissued.lost', 'transfers.out', 'transfers.in', 'transfers.internal', 'deaths', 'members.struckOff',
  'members.leftParty', 'members.expelled', 'vetting.requestsToPolice', 'vetting.concluded', 'inspection.orgs', 'supervision.orgs',
  'dossierSurveys.orgs', 'dossierSurveys.remaining', 'rating.orgs.rated', 'rating.orgs.goodOrBetter', 'rating.orgs.excellent',
  'rating.orgs.completed', 'rating.orgs.notCompleted', 'rating.members.rated', 'rating.members.goodOrBetter', 'rating.members.excellent',
  'rating.members.completed', 'rating.members.notCompleted',
];

describe('Vietnamese share text', () => {
  it('rounds half up where the reference report truncates', () => {
    expect(viShare(143, 151)).toBe('143/151 = 94,7%');
    expect(viShare(28, 151)).toBe('28/151 = 18,5%');
    expect(viShare(8, 151)).toBe('8/151 = 5,3%');
    expect(viShare(1, 8)).toBe('1/8 = 12,5%');
    expect(viShare(1, 3, 2)).toBe('1/3 = 33,33%');
    expect(viShare(151, 151)).toBe('151/151 = 100,0%');
    expect(viShare(0, 0)).toBe('0/0');
    expect(roundedPercent(1, 200)).toBe(0.5);
    expect(roundedPercent(1, 2000)).toBe(0.1); // 0,05 → 0,1 (half up)
  });

  it('groups thousands with a dot', () => {
    expect(viNumber(8434)).toBe('8.434');
    expect(viNumber(5_600_000)).toBe('5.600.000');
    expect(viShare(8434, 9197)).toBe('8.434/9.197 = 91,7%');
  });
});

describe('the metric catalogue', () => {
  it('declares every key of the issue, each with labels in both languages, a unit, a definition and its feeding events', () => {
    expect(METRIC_KEYS).toEqual(expect.arrayContaining(ISSUE_KEYS));
    for (const m of METRICS) {
      expect(m.label.vi && m.label.en && m.definition.vi && m.definition.en).toBeTruthy();
      expect(m.feeds.length).toBeGreaterThan(0);
    }
    expect(METRICS_BY_KEY.get('orgs.grassroots')).toMatchObject({ unit: 'orgs', kind: 'stock', section: 'organizations' });
    expect(METRICS_BY_KEY.get('training.classes.candidates')).toMatchObject({ unit: 'classes', kind: 'flow', section: 'training' });
  });

  it('computes only keys whose every feeding event a reporting consumer takes in', () => {
    const handled = handledEventTypes();
    for (const key of COMPUTED_KEYS) {
      const m = METRICS_BY_KEY.get(key);
      expect((m?.feeds ?? ['(not in the catalogue)']).filter((f) => !handled.has(f))).toEqual([]);
    }
    // expulsion: decided by the inspection service, applied and published by membership (member.expelled)
    for (const key of ['members.expelled', 'members.total', 'members.admitted', 'members.madeOfficial', 'members.handedOver', 'members.handedIn', 'transfers.out', 'transfers.in', 'transfers.internal', 'deaths', 'members.struckOff', 'members.leftParty', 'members.removedFromProbation', 'cards.issued', 'cards.reissued.damaged', 'cards.reissued.lost', 'badges.awarded', 'badges.awarded.30', 'badges.awarded.55']) {
      expect(COMPUTED_KEYS.has(key)).toBe(true);
    }
  });
});

describe('organization versions', () => {
  const ev = (id: string, occurredOn: string, recordedAt: string, over: Partial<OrgEventRow> = {}): OrgEventRow => ({
    eventId: id, occurredOn, recordedAt, kind: 'grassroots_cell', grassroots: true, name: 'Chi bộ A', parentId: 'bloc', ends: false, ...over,
  });

  it('places a back-dated event recorded late where it happened in the world', () => {
    const versions = deriveOrgVersions([
      ev('1', '2020-01-01', '2020-01-02T00:00:00'),
      ev('3', '2024-03-01', '2024-03-01T00:00:00', { ends: true }),
      ev('2', '2023-06-01', '2024-05-01T00:00:00', { name: 'Chi bộ B' }), // renamed in 2023, typed in 2024
    ]);
    expect(versions).toEqual([
      expect.objectContaining({ seq: 1, name: 'Chi bộ A', validFrom: '2020-01-01', validTo: '2023-06-01' }),
      expect.objectContaining({ seq: 2, name: 'Chi bộ B', validFrom: '2023-06-01', validTo: '2024-03-01' }),
    ]);
  });

  it('keeps the last state of several changes on one day', () => {
    const versions = deriveOrgVersions([ev('1', '2021-01-01', 'a'), ev('2', '2021-01-01', 'b', { parentId: 'other' })]);
    expect(versions).toEqual([expect.objectContaining({ parentId: 'other', validFrom: '2021-01-01', validTo: null })]);
  });
});

describe('member intervals', () => {
  let n = 0;
  const ev = (type: string, occurredOn: string, over: Partial<MemberEventRow> = {}): MemberEventRow => ({
    eventId: String(++n).padStart(4, '0'), type: `membership.${type}`, occurredOn, recordedAt: `2026-01-01T00:00:${String(n).padStart(2, '0')}`, orgId: 'cb1', detail: null, toOrgId: null, ...over,
  });
  const transfer = (kind: string, occurredOn: string, to: string | null, over: Partial<MemberEventRow> = {}) => ev('transfer.completed', occurredOn, { detail: kind, toOrgId: to, orgId: to ?? 'cb1', ...over });

  it('starts with the admission or the registration (historical date), moves on internal transfers, ends with leaving or an out-transfer', () => {
    expect(deriveMemberIntervals([ev('member.registered', '2005-03-01'), transfer('internal', '2023-03-05', 'cb2'), transfer('out', '2023-09-01', null, { orgId: 'cb2' })])).toEqual([
      { seq: 1, orgId: 'cb1', validFrom: '2005-03-01', validTo: '2023-03-05' },
      { seq: 2, orgId: 'cb2', validFrom: '2023-03-05', validTo: '2023-09-01' },
    ]);
    expect(deriveMemberIntervals([ev('member.admitted', '2023-07-01'), ev('member.died', '2024-02-01')])).toEqual([{ seq: 1, orgId: 'cb1', validFrom: '2023-07-01', validTo: '2024-02-01' }]);
    for (const end of ['member.struckOff', 'member.leftParty', 'member.expelled', 'member.removedFromProbation']) {
      expect(deriveMemberIntervals([ev('member.admitted', '2022-07-01'), ev(end, '2023-02-01')])[0].validTo).toBe('2023-02-01');
    }
  });

  it('never moves anyone on a temporary transfer, and an in-transfer starts membership again', () => {
    expect(deriveMemberIntervals([ev('member.registered', '2000-01-01'), transfer('temporary', '2023-02-01', 'cb9'), transfer('out', '2023-04-01', null), transfer('in', '2023-10-01', 'cb3')])).toEqual([
      { seq: 1, orgId: 'cb1', validFrom: '2000-01-01', validTo: '2023-04-01' },
      { seq: 2, orgId: 'cb3', validFrom: '2023-10-01', validTo: null },
    ]);
  });

  it('places a back-dated fact recorded late where it happened, and ignores cards and badges', () => {
    const died = ev('member.died', '2023-05-01', { recordedAt: '2026-06-01T00:00:00' });
    const moved = transfer('internal', '2023-08-01', 'cb2', { recordedAt: '2023-08-01T00:00:00' });
    expect(deriveMemberIntervals([moved, ev('card.issued', '2023-01-01'), died, ev('member.registered', '1990-01-01')])).toEqual([{ seq: 1, orgId: 'cb1', validFrom: '1990-01-01', validTo: '2023-05-01' }]);
  });

  it('drops a membership that began and ended on the same day (never counted on a date)', () => {
    expect(deriveMemberIntervals([ev('member.admitted', '2023-07-01'), transfer('out', '2023-07-01', null)])).toEqual([]);
  });

  it('moves a member on member.reassigned (merger, split, dissolution) from its date, and never brings back one who had left', () => {
    const reassigned = (occurredOn: string, to: string, over: Partial<MemberEventRow> = {}) => ev('member.reassigned', occurredOn, { detail: 'merged', orgId: to, toOrgId: to, ...over });
    expect(deriveMemberIntervals([ev('member.registered', '2005-03-01'), reassigned('2023-06-01', 'cb2')])).toEqual([
      { seq: 1, orgId: 'cb1', validFrom: '2005-03-01', validTo: '2023-06-01' },
      { seq: 2, orgId: 'cb2', validFrom: '2023-06-01', validTo: null },
    ]);
    // admitted into a chi bộ on the very day it merged: counted in the survivor only
    expect(deriveMemberIntervals([ev('member.admitted', '2023-06-01', { recordedAt: '2023-05-01T00:00:00' }), reassigned('2023-06-01', 'cb2', { recordedAt: '2023-06-02T00:00:00' })])).toEqual([
      { seq: 1, orgId: 'cb2', validFrom: '2023-06-01', validTo: null },
    ]);
    expect(deriveMemberIntervals([ev('member.registered', '2005-03-01'), ev('member.died', '2023-05-01'), reassigned('2023-06-01', 'cb2')])).toEqual([
      { seq: 1, orgId: 'cb1', validFrom: '2005-03-01', validTo: '2023-05-01' },
    ]);
  });
});

describe('reconciliation and inconsistencies', () => {
  it('leaves out a pending term (no service publishes it yet) instead of treating it as 0', () => {
    const m = { 'members.admitted': 2, 'transfers.in': 1, 'transfers.out': 1, deaths: 1, 'members.struckOff': 1, 'members.leftParty': 0, 'members.expelled': null, 'members.removedFromProbation': 0, 'members.handedIn': 0, 'members.handedOver': 2, 'members.total': 5 };
    const r = reconciliationOf(m, 7);
    expect(r.expelled).toBeNull();
    expect(notYetFedTerms(['members.expelled', 'rating.orgs.rated'])).toEqual(['expelled']);
    expect(reconciledClosing(r)).toBeNull();
    expect(reconciledClosing(r, ['expelled'])).toBe(5);
    expect(findInconsistencies(m, r, ['members.expelled'])).toEqual([]);
    expect(findInconsistencies({ ...m, 'members.total': 6 }, reconciliationOf({ ...m, 'members.total': 6 }, 7), ['members.expelled'])).toEqual([
      expect.objectContaining({ code: 'headcount_not_reconciled', expected: 5, actual: 6 }),
    ]);
  });

  const metrics = (over: Record<string, number | null>) => ({ 'members.admitted': 269, 'transfers.in': 178, 'transfers.out': 761, deaths: 7, 'members.struckOff': 3, 'members.leftParty': 1, 'members.expelled': 0, 'members.removedFromProbation': 0, 'members.handedIn': 0, 'members.handedOver': 438, 'members.total': 8434, ...over });

  it('adds up the reference year: 9.197 + 269 + 178 − 761 − 7 − 3 − 1 − 438 = 8.434', () => {
    const r = reconciliationOf(metrics({}), 9197);
    expect(reconciledClosing(r)).toBe(8434);
    expect(findInconsistencies(metrics({}), r)).toEqual([]);
  });

  it('names a headcount that does not reconcile and a total that is not the sum of its parts', () => {
    const m = metrics({ 'members.total': 8430, 'orgs.grassroots': 151, 'orgs.grassroots.partyCommittees': 75, 'orgs.grassroots.cells': 75 });
    const found = findInconsistencies(m, reconciliationOf(m, 9197));
    expect(found.map((f) => f.code).sort()).toEqual(['headcount_not_reconciled', 'sum_mismatch']);
    expect(found.find((f) => f.code === 'headcount_not_reconciled')).toMatchObject({ expected: 8434, actual: 8430 });
  });

  it('says nothing while a term is unknown', () => {
    const r = reconciliationOf({}, null);
    expect(Object.values(r).every((v) => v === null)).toBe(true);
    expect(findInconsistencies({}, r)).toEqual([]);
  });
});

describe('health phase', () => {
  it('is seeding until the projection caught up once, then only under a large backlog', () => {
    expect(phaseOf({ consumersRunning: false, lag: 0, caughtUpOnce: false, threshold: 1000 })).toBe('seeding');
    expect(phaseOf({ consumersRunning: true, lag: 5, caughtUpOnce: false, threshold: 1000 })).toBe('seeding');
    expect(phaseOf({ consumersRunning: true, lag: 0, caughtUpOnce: false, threshold: 1000 })).toBe('ready');
    expect(phaseOf({ consumersRunning: true, lag: 5, caughtUpOnce: true, threshold: 1000 })).toBe('ready');
    expect(phaseOf({ consumersRunning: true, lag: 5000, caughtUpOnce: true, threshold: 1000 })).toBe('seeding');
  });
});
