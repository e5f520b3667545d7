import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { latestProgramYear, latestSurveyYear } from '../../api/inspection';
import { todayInVietnam } from '../../format';
import { yearFrom } from './inspection-year';

const LATEST = { programs: latestProgramYear, surveys: latestSurveyYear } as const;

/**
 * The year a list shows, kept in the address (`?year=2023`). Opened without one (from the menu),
 * the list goes to the latest year that has programs (or surveys) — the committee's current
 * work — and writes it into the address, so a link or a reload shows the same year.
 */
export function useYear(of: keyof typeof LATEST) {
  const [params, setParams] = useSearchParams();
  const fromAddress = yearFrom(params.get('year'));
  const latest = useQuery({ queryKey: ['inspection', of, 'latestYear'], queryFn: ({ signal }) => LATEST[of](signal), staleTime: 5 * 60_000 });
  const current = Number(todayInVietnam().slice(0, 4));
  const year = fromAddress ?? latest.data ?? current;

  useEffect(() => {
    if (fromAddress === null && !latest.isPending) {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('year', String(latest.data ?? current));
          return next;
        },
        { replace: true },
      );
    }
  }, [fromAddress, latest.isPending, latest.data, current, setParams]);

  const setYear = (y: number) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('year', String(y));
      next.delete('page');
      next.delete('asOf');
      return next;
    });

  return { year, ready: fromAddress !== null, latest: latest.data ?? null, setYear };
}
