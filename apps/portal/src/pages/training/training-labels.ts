import { useTranslation } from 'react-i18next';
import type { Attendance, CompletionResult, CourseCategory, Grade } from '../../api/training';

/** Labels of training's code values in the reader's language; an unknown value (newer API) shows itself. */
export function useTrainingLabels() {
  const { t } = useTranslation();
  const pick = <K extends string>(group: Record<K, string>, key: string | null | undefined) => (key ? ((group as Record<string, string>)[key] ?? key) : '');
  const categories: Record<CourseCategory, string> = t('training.categories', { returnObjects: true });
  const attendance: Record<Attendance, string> = t('training.attendance', { returnObjects: true });
  const results: Record<CompletionResult, string> = t('training.results', { returnObjects: true });
  const grades: Record<Grade, string> = t('training.grades', { returnObjects: true });
  const requirements: Record<'admission' | 'conversion', string> = t('training.requirements', { returnObjects: true });
  return {
    category: (v: string | null | undefined) => pick(categories, v),
    attendance: (v: string | null | undefined) => pick(attendance, v),
    result: (v: string | null | undefined) => pick(results, v),
    grade: (v: string | null | undefined) => pick(grades, v),
    requirement: (v: string | null | undefined) => pick(requirements, v),
  };
}
