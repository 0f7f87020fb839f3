import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { apolloClient, setApiLanguage } from '../graphql/client';

/** The portal's languages; Traditional Chinese first, as the service's own language. */
export type Locale = 'zh-TW' | 'en';
export const LOCALES: readonly Locale[] = ['zh-TW', 'en'];
const STORAGE_KEY = 'goldcard.locale';

/** The language chosen before on this device, else zh-TW (the service's language). */
function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh-TW') return saved;
  } catch {
    // Storage may be off (private mode): the default serves.
  }
  return 'zh-TW';
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initialLocale();
    setApiLanguage(first);
    return first;
  });
  const setLocale = useCallback((next: Locale) => {
    setApiLanguage(next);
    setLocaleState(next);
    // Labels, statuses and messages from the API come in the caller's language: ask again.
    void apolloClient.reFetchObservableQueries();
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered; the choice still holds for this page.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-Hant-TW';
  }, [locale]);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside <LocaleProvider>');
  return state;
}

/**
 * Messages of one feature, in both languages; the English set must have every key of the
 * Chinese one (the compiler checks). Values may hold `{name}` placeholders.
 */
export type Messages<K extends string> = { 'zh-TW': Record<K, string>; en: Record<K, string> };

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** `{name}` placeholders filled from `params`; unknown ones stay visible (a bug to notice). */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

/** The feature's messages in the current language, as a `t(key, params)` function. */
export function useMessages<K extends string>(messages: Messages<K>): Translate<K> {
  const { locale } = useLocale();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => format(messages[locale][key], params),
    [messages, locale],
  );
}
