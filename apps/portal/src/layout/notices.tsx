import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api/client';
import { useLocalize } from '../i18n/localize';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** The server's message in the reader's language, or ours when there was no server to answer. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const localize = useLocalize();
  return (error) => {
    if (error instanceof ApiError) {
      return error.status === 0 ? t('errors.network') : localize(error.body.message);
    }
    return t('errors.unexpected', { status: '—' });
  };
}

export function ErrorNotice({
  error,
  fields: shownFields,
  onRetry,
}: {
  error: unknown;
  /** Which field messages to list; all of the error's by default. */
  fields?: readonly FieldError[];
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const localize = useLocalize();
  const fields = shownFields ?? (error instanceof ApiError ? (error.body.fields ?? []) : []);
  return (
    <div className="notice notice-error" role="alert">
      <p>{message(error)}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field}>{localize(f)}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
