import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDeadLetters, retryDeadLetter, type DeadLetter } from '../../api/gateway';
import { formatDateTime, formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading, useErrorMessage } from '../../layout/notices';
import { useDocumentTitle } from '../../layout/use-document-title';
import { Page } from '../../layout/page';

const DEAD_LETTERS_KEY = ['admin', 'dead-letters'] as const;

export function DeadLettersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('deadLetters.title'));
  const letters = useQuery({ queryKey: DEAD_LETTERS_KEY, queryFn: ({ signal }) => fetchDeadLetters(signal) });
  const [notice, setNotice] = useState('');

  return (
    <Page id="dead-letters" title={t('deadLetters.title')} intro={t('deadLetters.intro')}>

      <p className="notice notice-success" role="status" aria-live="polite" hidden={!notice}>
        {notice}
      </p>

      {letters.isPending && <Loading />}
      {letters.isError && <ErrorNotice error={letters.error} onRetry={() => void letters.refetch()} />}
      {letters.data && (
        <>
          <p className="muted">{t('deadLetters.total', { count: formatNumber(letters.data.total) })}</p>
          {letters.data.items.length === 0 ? (
            <p className="empty">{t('deadLetters.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">{t('deadLetters.columns.seq')}</th>
                    <th scope="col">{t('deadLetters.columns.event')}</th>
                    <th scope="col">{t('deadLetters.columns.consumer')}</th>
                    <th scope="col" className="numeric">{t('deadLetters.columns.attempts')}</th>
                    <th scope="col">{t('deadLetters.columns.error')}</th>
                    <th scope="col">{t('deadLetters.columns.occurredOn')}</th>
                    <th scope="col">{t('deadLetters.columns.deadLetteredAt')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('deadLetters.columns.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {letters.data.items.map((letter) => (
                    <DeadLetterRow key={letter.seq} letter={letter} onRetried={setNotice} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}

function DeadLetterRow({ letter, onRetried }: { letter: DeadLetter; onRetried: (message: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  // A mutation per row, so each Retry button shows its own progress and its own failure.
  const retry = useMutation({
    mutationFn: () => retryDeadLetter(letter.seq),
    onSuccess: async () => {
      onRetried(t('deadLetters.retried', { seq: formatNumber(letter.seq) }));
      await queryClient.invalidateQueries({ queryKey: DEAD_LETTERS_KEY });
    },
  });

  return (
    <tr>
      <td className="numeric">{formatNumber(letter.seq)}</td>
      <td>
        <code>{letter.eventType}</code>
        <div className="muted small">
          <span className="visually-hidden">{t('deadLetters.columns.eventId')}: </span>
          <code>{letter.eventId}</code>
        </div>
      </td>
      <td>
        <code>{letter.consumer}</code>
        <div className="muted small" title={letter.sourceSubject}>
          <span className="visually-hidden">{t('deadLetters.columns.source')}: </span>
          {letter.sourceStream} #{formatNumber(letter.sourceSeq)}
        </div>
      </td>
      <td className="numeric">{formatNumber(letter.attempts)}</td>
      <td className="error-cell">
        <details>
          <summary>{truncate(letter.error, 60)}</summary>
          <pre>{letter.error}</pre>
        </details>
      </td>
      <td className="nowrap">{formatLocalDate(letter.occurredOn)}</td>
      <td>{formatDateTime(letter.deadLetteredAt)}</td>
      <td>
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={retry.isPending || retry.isSuccess}
          onClick={() => retry.mutate()}
          aria-label={`${t('deadLetters.retry')} ${formatNumber(letter.seq)}`}
        >
          {retry.isPending ? t('deadLetters.retrying') : t('deadLetters.retry')}
        </button>
        {retry.isError && (
          <p className="field-error" role="alert">
            {errorMessage(retry.error)}
          </p>
        )}
      </td>
    </tr>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
