import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each page names itself in the tab and for screen readers arriving on it. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const suffix = t('app.organization');
  useEffect(() => {
    document.title = `${title} — ${suffix}`;
  }, [title, suffix]);
}
