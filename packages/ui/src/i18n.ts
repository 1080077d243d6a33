import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './locales/en/common.json';
import enConsole from './locales/en/console.json';
import enPreEntry from './locales/en/pre-entry.json';
import enResident from './locales/en/resident.json';
import jaCommon from './locales/ja/common.json';
import jaConsole from './locales/ja/console.json';
import jaPreEntry from './locales/ja/pre-entry.json';
import jaResident from './locales/ja/resident.json';

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const resources: Resource = {
  ja: { common: jaCommon, resident: jaResident, console: jaConsole, 'pre-entry': jaPreEntry },
  en: { common: enCommon, resident: enResident, console: enConsole, 'pre-entry': enPreEntry },
};

const STORAGE_KEY = 'kakanai.lang';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'ja' || stored === 'en') return stored;
  const fromQuery = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  if (fromQuery === 'ja' || fromQuery === 'en') return fromQuery;
  // Japanese first: a city hall's residents read Japanese unless their browser says otherwise.
  return globalThis.navigator?.language?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** Starts i18next for one app; `ns` is that app's namespace, with `common` always loaded. */
export function setupI18n(ns: 'resident' | 'console'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'ja',
    // The life-event guide, pre-entry and the forms they render are shared by the resident site and
    // (next) the counter tablet, so they have a namespace of their own.
    ns: ['common', 'pre-entry', ns],
    defaultNS: ns,
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  const syncDocument = (lng: string) => {
    if (globalThis.document) globalThis.document.documentElement.lang = lng;
    globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  };
  syncDocument(instance.language);
  instance.on('languageChanged', syncDocument);
  return instance;
}

/** Picks the text for the current language from a {ja, en} pair. */
export function localized(text: { ja: string; en: string }, language: string): string {
  return language.startsWith('en') ? text.en : text.ja;
}
