import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorNotice, Loading } from '../../layout/notices';

/** What a record page shows until its record is there: loading, not found (or out of scope), or the error with a retry. */
export function RecordState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (!error) return <Loading />;
  if (error instanceof ApiError && error.status === 404) return <Alert type="warning" showIcon title={t('discipline.common.notFound')} />;
  return <ErrorNotice error={error} onRetry={onRetry} />;
}
