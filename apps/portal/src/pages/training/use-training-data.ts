import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgNames as useSharedOrgNames } from '../../ui/use-org-names';
import { fetchCourseTypes, type CourseType } from '../../api/training';

/** The course types (data, not code: the Board adds more), named in the reader's language. */
export function useCourseTypes() {
  const { i18n } = useTranslation();
  const query = useQuery({ queryKey: ['training', 'course-types'], queryFn: ({ signal }) => fetchCourseTypes(signal), staleTime: 5 * 60_000 });
  const en = i18n.resolvedLanguage === 'en';
  return useMemo(() => {
    const items = query.data?.items ?? [];
    const nameOf = (t: CourseType) => (en ? t.nameEn : t.nameVi);
    const byCode = new Map(items.map((t) => [t.code, t]));
    return {
      query,
      items,
      options: items.map((t) => ({ value: t.code, label: nameOf(t) })),
      name: (code: string) => {
        const type = byCode.get(code);
        return type ? nameOf(type) : code;
      },
    };
  }, [query, en]);
}

/**
 * Organization names by id for the lists (training keeps membership's ids): every organization
 * active today, read once and kept a while. An organization dissolved since shows its id.
 */
export function useOrgNames(): (id: string | null | undefined) => string {
  const names = useSharedOrgNames();
  return (id) => (id ? (names(id) ?? id) : '');
}
