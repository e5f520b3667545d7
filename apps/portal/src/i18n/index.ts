import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { coreEn, coreVi } from './core';
import type { Messages } from './vi';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'portal.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

function storedLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === saved) ?? 'vi';
}

export function currentLanguage(): Language {
  return LANGUAGES.find((l) => l === i18n.resolvedLanguage) ?? 'vi';
}

export function changeLanguage(language: Language): Promise<unknown> {
  localStorage.setItem(STORAGE_KEY, language);
  return i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  // The core texts only (sign-in); the workspaces add theirs (workspace-texts.ts).
  resources: { vi: { translation: coreVi }, en: { translation: coreEn } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
});

export default i18n;
