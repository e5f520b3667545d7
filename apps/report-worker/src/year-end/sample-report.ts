import { METRIC_KEYS, METRICS, REPORT_SECTION_LIST, roundedPercent, viShare, type YearEndReport } from '@party/contracts';

/**
 * The reference report's 2023 figures (ket-qua-2023) as the reporting service answers them, for
 * the renderers' tests: every catalogue key, `pending` ones null.
 */
export const REFERENCE_2023: Record<string, number> = {
  'orgs.grassroots': 151,
  'orgs.grassroots.partyCommittees': 75,
  'orgs.grassroots.cells': 76,
  'members.total': 8434,
  'orgs.established': 2,
  'orgs.dissolved': 3,
  'orgs.handedOver': 6,
  'orgs.handedIn': 0,
  'members.handedOver': 438,
  'members.handedIn': 0,
  'members.admitted': 269,
  'members.madeOfficial': 248,
  'members.removedFromProbation': 0,
  'cadre.consolidated.people': 56,
  'cadre.consolidated.orgs': 24,
  'cadre.blocCommittee.added': 2,
  'cadre.blocInspectionCommittee.added': 1,
  'training.advancedTheory.sent': 6,
  'training.advancedTheory.registeredNextYear': 8,
  'training.object4.registered': 223,
  'training.secretaries.trained': 637,
  'training.classes.candidates': 3,
  'training.students.candidates': 305,
  'training.classes.newMembers': 3,
  'training.students.newMembers': 313,
  'training.classes.intermediateTheory': 1,
  'training.students.intermediateTheory': 79,
  'badges.awarded': 68,
  'badges.awarded.30': 38,
  'badges.awarded.40': 25,
  'badges.awarded.45': 1,
  'badges.awarded.50': 4,
  'cards.issued': 259,
  'cards.reissued.damaged': 27,
  'cards.reissued.lost': 5,
  'transfers.out': 761,
  'transfers.in': 178,
  'transfers.internal': 44,
  deaths: 7,
  'members.struckOff': 3,
  'members.leftParty': 1,
  'members.expelled': 0,
  'vetting.requestsToPolice': 642,
  'vetting.concluded': 818,
  'inspection.orgs': 3,
  'supervision.orgs': 3,
  'dossierSurveys.orgs': 80,
  'dossierSurveys.remaining': 71,
  'rating.orgs.rated': 151,
  'rating.orgs.goodOrBetter': 143,
  'rating.orgs.excellent': 28,
  'rating.orgs.completed': 8,
  'rating.orgs.notCompleted': 0,
};

export function sampleReport(pending: (key: string) => boolean = () => false): YearEndReport {
  const metrics = Object.fromEntries(METRIC_KEYS.map((k) => [k, pending(k) ? null : (REFERENCE_2023[k] ?? 0)]));
  return {
    year: 2023,
    asOf: '2023-12-31',
    scope: { orgId: null, name: null, orgCount: null },
    metrics,
    pending: METRIC_KEYS.filter(pending),
    shares: Object.fromEntries(
      METRICS.filter((m) => m.shareOf && metrics[m.key] !== null && metrics[m.shareOf] !== null).map((m) => {
        const [part, whole] = [metrics[m.key] as number, metrics[m.shareOf as string] as number];
        return [m.key, { of: m.shareOf as string, part, whole, percent: roundedPercent(part, whole), text: viShare(part, whole) }];
      }),
    ),
    reconciliation: {
      opening: 9197,
      admitted: 269,
      transferredIn: 178,
      transferredOut: 761,
      died: 7,
      struckOff: 3,
      leftParty: 1,
      expelled: 0,
      removedFromProbation: 0,
      handedOverIn: 0,
      handedOverOut: 438,
      closing: 8434,
    },
    inconsistencies: [],
    sections: REPORT_SECTION_LIST.map((s) => ({ ...s, metrics: [...s.metrics] })),
    completeness: { complete: true, sources: [] },
  };
}
