import { CheckCircleOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Card, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../format';
import { useErrorMessage } from '../../layout/notices';

/** How a count is coloured: overdue red, due amber, a plain figure neutral. */
export type CountTone = 'overdue' | 'due' | 'neutral';

export interface TodoCount {
  key: string;
  tone: CountTone;
  /** Shown under the figure (`Quá hạn`). */
  label: string;
  /** Read after the figure in the link's name (`12 quá hạn: Xét công nhận…`). */
  what: string;
  query: UseQueryResult<number>;
}

/**
 * One kind of work on the home page: its counts, each a link to the list that holds the rows,
 * coloured by urgency, and a sentence instead of zeros when nothing is waiting.
 */
export function TodoCard({
  id,
  title,
  hint,
  to,
  counts,
  nothing,
  children,
}: {
  id: string;
  title: string;
  hint?: ReactNode;
  to: string;
  counts: TodoCount[];
  /** What the card says when every count is zero. */
  nothing?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const failed = counts.find((c) => c.query.isError);
  const loading = counts.some((c) => c.query.isPending);
  const allZero = !loading && !failed && counts.every((c) => c.query.data === 0);
  const headingId = `${id}-title`;

  return (
    <Card
      className="todo-card"
      title={
        <h3 id={headingId} className="todo-card-title">
          {title}
        </h3>
      }
      extra={
        <Link to={to} aria-describedby={headingId}>
          {t('home.todo.open')}
        </Link>
      }
      role="region"
      aria-labelledby={headingId}
    >
      {hint && <p className="todo-hint">{hint}</p>}
      {failed && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(failed.query.error)}
          action={
            <Button size="small" onClick={() => counts.forEach((c) => c.query.isError && void c.query.refetch())}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {loading && !failed && <Skeleton active paragraph={{ rows: 1 }} title={false} />}
      {!loading && !failed && allZero && (
        <p className="todo-nothing">
          <CheckCircleOutlined aria-hidden="true" /> {nothing ?? t('home.todo.nothing')}
        </p>
      )}
      {!loading && !failed && !allZero && (
        <ul className="todo-counts">
          {counts.map((c) => (
            <li key={c.key}>
              <Link
                to={to}
                className={`todo-count todo-count-${c.query.data === 0 ? 'zero' : c.tone}`}
                aria-label={t('home.todo.countLink', { n: formatNumber(c.query.data ?? 0), what: c.what, list: title })}
              >
                <span className="todo-count-figure">{formatNumber(c.query.data ?? 0)}</span>
                <span className="todo-count-label">{c.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {children}
    </Card>
  );
}
