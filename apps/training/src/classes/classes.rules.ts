import type { LocalizedText } from '@party/contracts';
import type { TrainingClass } from './class.entity';

export const CLASS_FIELDS = [
  'courseTypeCode',
  'title',
  'openedOn',
  'endsOn',
  'cohortLabel',
  'hostSchool',
  'partnerSchool',
  'location',
  'capacity',
  'servedOrgIds',
  'notes',
] as const satisfies readonly (keyof TrainingClass)[];

export type ClassState = Pick<TrainingClass, 'id' | (typeof CLASS_FIELDS)[number]>;

export function classState(c: TrainingClass): ClassState {
  return {
    id: c.id,
    courseTypeCode: c.courseTypeCode,
    title: c.title,
    openedOn: c.openedOn,
    endsOn: c.endsOn,
    cohortLabel: c.cohortLabel,
    hostSchool: c.hostSchool,
    partnerSchool: c.partnerSchool,
    location: c.location,
    capacity: c.capacity,
    servedOrgIds: [...c.servedOrgIds],
    notes: c.notes,
  };
}

/** The fields of a patch whose value differs from the class's (undefined = not in the patch). */
export function changedFields(current: ClassState, patch: Partial<Record<(typeof CLASS_FIELDS)[number], unknown>>): (typeof CLASS_FIELDS)[number][] {
  return CLASS_FIELDS.filter((f) => patch[f] !== undefined && JSON.stringify(patch[f]) !== JSON.stringify(current[f]));
}

/**
 * What an update may not do to a class that already has students: shrink below them, or open
 * after one of them completed. Returns the problem, or null.
 */
export function checkClassUpdate(
  next: Pick<ClassState, 'openedOn' | 'endsOn' | 'capacity'>,
  facts: { students: number; earliestCompletion: string | null },
): { field: string; message: LocalizedText } | null {
  if (next.endsOn && next.endsOn < next.openedOn) {
    return { field: 'endsOn', message: { vi: 'Ngày kết thúc không được trước ngày khai giảng', en: 'endsOn must not be before openedOn' } };
  }
  if (next.capacity !== null && next.capacity < facts.students) {
    return {
      field: 'capacity',
      message: { vi: `Lớp đã có ${facts.students} học viên, không thể giảm sĩ số xuống ${next.capacity}`, en: `The class has ${facts.students} students; capacity cannot drop to ${next.capacity}` },
    };
  }
  if (facts.earliestCompletion && facts.earliestCompletion < next.openedOn) {
    return {
      field: 'openedOn',
      message: {
        vi: `Đã có học viên hoàn thành ngày ${facts.earliestCompletion}, ngày khai giảng không thể sau ngày đó`,
        en: `A student completed on ${facts.earliestCompletion}; the class cannot open after that`,
      },
    };
  }
  return null;
}
