import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format';

export function Pagination({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="pagination" aria-label={t('members.pagination')}>
      <button type="button" className="button button-secondary button-small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('members.previous')}
      </button>
      <span>{t('members.pageOf', { page: formatNumber(page), pages: formatNumber(pages) })}</span>
      <button type="button" className="button button-secondary button-small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('members.next')}
      </button>
    </nav>
  );
}
