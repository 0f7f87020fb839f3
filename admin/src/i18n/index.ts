import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { DEFAULT_LANGUAGE, setApiLanguage, type Language } from '../graphql/client';
import { en } from './en';
import { raZhTW } from './ra-zh-TW';
import { zhTW } from './zh-TW';

export const LANGUAGES: { locale: Language; name: string }[] = [
  { locale: 'zh-TW', name: '繁體中文' },
  { locale: 'en', name: 'English' },
];

const catalogs: Record<Language, TranslationMessages> = {
  'zh-TW': { ...raZhTW, ...zhTW },
  en: { ...englishMessages, ...en },
};

const isLanguage = (locale: string): locale is Language => locale in catalogs;

/** Keeps the page's `lang` and the API's `Accept-Language` on the chosen language. */
function apply(locale: Language): void {
  setApiLanguage(locale);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * zh-TW by default, English on request (react-admin remembers the choice in its store). After a
 * switch, `onChange` runs so that data localised by the API (status labels, country names,
 * messages) is fetched again in the new language.
 */
export function createI18nProvider(onChange: () => void): I18nProvider {
  const polyglot = polyglotI18nProvider(
    (locale) => catalogs[isLanguage(locale) ? locale : DEFAULT_LANGUAGE],
    DEFAULT_LANGUAGE,
    LANGUAGES,
    { allowMissing: true },
  );
  apply(DEFAULT_LANGUAGE);
  return {
    ...polyglot,
    changeLocale: async (locale, options) => {
      const next = isLanguage(locale) ? locale : DEFAULT_LANGUAGE;
      await polyglot.changeLocale(next, options);
      apply(next);
      onChange();
    },
  };
}
