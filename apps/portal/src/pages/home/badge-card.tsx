import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchBadgeDue } from '../../api/home';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { nextBadgeOccasion } from './badge-occasion';
import { TodoCard } from './todo-card';

/** The members to propose for a badge on the next award day, by level (30, 40… years). */
export function BadgeCard({ to }: { to: string }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const occasion = nextBadgeOccasion(todayInVietnam());
  const badges = useQuery({ queryKey: ['home', 'badges', occasion], queryFn: ({ signal }) => fetchBadgeDue(occasion, signal), staleTime: 60_000 });
  const total = useQuery({ queryKey: ['home', 'badges', occasion], queryFn: ({ signal }) => fetchBadgeDue(occasion, signal), staleTime: 60_000, select: (d) => d.total });
  const levels = Object.entries(badges.data?.byLevel ?? {})
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => Number(a) - Number(b));

  return (
    <TodoCard
      id="todo-badges"
      title={t('home.todo.badges.title')}
      hint={badges.data ? t('home.todo.badges.occasion', { name: localize(badges.data.name), date: formatLocalDate(occasion) }) : formatLocalDate(occasion)}
      to={to}
      nothing={t('home.todo.badges.none')}
      counts={[{ key: 'due', tone: 'due', label: t('home.todo.badges.dueLabel'), what: t('home.todo.badges.due'), query: total }]}
    >
      {levels.length > 0 && (
        <ul className="todo-levels">
          {levels.map(([level, count]) => (
            <li key={level}>{t('home.todo.badges.level', { level, n: formatNumber(count) })}</li>
          ))}
        </ul>
      )}
    </TodoCard>
  );
}
