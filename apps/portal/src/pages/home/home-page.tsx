import { useTranslation } from 'react-i18next';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  return (
    <Page id="home" title={t('home.title')} intro="">
      {null}
    </Page>
  );
}
