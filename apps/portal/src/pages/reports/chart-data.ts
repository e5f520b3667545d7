import type { OrgKind } from '@party/contracts';
import { TRAINING_COURSE_CODES, type TrainingCourseCode } from './report-model';

type Metrics = Readonly<Record<string, number | null>>;
const value = (metrics: Metrics, key: string): number | null => metrics[key] ?? null;

/** One group per course type: [classes, students] (`training.classes.<code>`, `training.students.<code>`). */
export function trainingGroups(metrics: Metrics): { key: string; code: TrainingCourseCode; values: (number | null)[] }[] {
  return TRAINING_COURSE_CODES.map((code) => ({
    key: code,
    code,
    values: [value(metrics, `training.classes.${code}`), value(metrics, `training.students.${code}`)],
  }));
}

/** Grassroots organizations by kind, from `orgs.grassroots.partyCommittees` and `.cells`. */
export function orgKindGroups(metrics: Metrics): { key: string; kind: OrgKind; values: (number | null)[] }[] {
  return [
    { key: 'grassroots_committee', kind: 'grassroots_committee', values: [value(metrics, 'orgs.grassroots.partyCommittees')] },
    { key: 'grassroots_cell', kind: 'grassroots_cell', values: [value(metrics, 'orgs.grassroots.cells')] },
  ];
}
