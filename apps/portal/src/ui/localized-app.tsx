import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME } from './theme';

/**
 * Ant Design in the reader's language (vi_VN first): its own texts (pagination, pickers, empty
 * tables) and the calendar's, switched with the portal's language.
 */
export function LocalizedApp({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  useEffect(() => {
    dayjs.locale(lang);
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : viVN} theme={THEME} componentSize="middle">
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
