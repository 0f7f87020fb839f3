import { useEffect, useState } from 'react';
import { ApiError, fetchFieldsOfExpertise, type Language } from './api';
import type { FieldsOfExpertiseQuery } from './generated/graphql';

type Field = FieldsOfExpertiseQuery['fieldsOfExpertise'][number];

type State =
  | { status: 'loading' }
  | { status: 'loaded'; fields: Field[] }
  | { status: 'failed'; error: unknown };

const messages = {
  'zh-TW': {
    subtitle: '審核人員主控台（預覽版）',
    fieldsHeading: '專業領域',
    loading: '載入中…',
    unreachable: '無法連線到 API 伺服器。請確認伺服器已啟動，再按「重試」。',
    failed: 'API 伺服器回應錯誤：',
    empty: '目前沒有專業領域資料。',
    listVersion: '名單版本',
    retry: '重試',
  },
  en: {
    subtitle: 'Officer console (preview)',
    fieldsHeading: 'Fields of expertise',
    loading: 'Loading…',
    unreachable: 'Cannot reach the API server. Check that it is running, then press “Retry”.',
    failed: 'The API server answered with an error: ',
    empty: 'No fields of expertise yet.',
    listVersion: 'List version',
    retry: 'Retry',
  },
} satisfies Record<Language, Record<string, string>>;

const languages: { value: Language; label: string }[] = [
  { value: 'zh-TW', label: '繁體中文' },
  { value: 'en', label: 'English' },
];

export function App() {
  const [language, setLanguage] = useState<Language>('zh-TW');
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>({ status: 'loading' });
  const t = messages[language];

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchFieldsOfExpertise(language, controller.signal).then(
      (data) => setState({ status: 'loaded', fields: data.fieldsOfExpertise }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [language, attempt]);

  const listVersion = state.status === 'loaded' ? state.fields[0]?.listVersion : undefined;

  return (
    <main>
      <header>
        <h1>goldcard 就業金卡資料異動 — officer console</h1>
        <p>{t.subtitle}</p>
        <fieldset className="language">
          <legend>語言 / Language</legend>
          {languages.map((option) => (
            <label key={option.value} lang={option.value}>
              <input
                type="radio"
                name="language"
                value={option.value}
                checked={language === option.value}
                onChange={() => setLanguage(option.value)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </header>

      <section aria-labelledby="fields-heading" aria-busy={state.status === 'loading'}>
        <h2 id="fields-heading">{t.fieldsHeading}</h2>
        {state.status === 'loading' && <p role="status">{t.loading}</p>}
        {state.status === 'failed' && (
          <div role="alert" className="error">
            <p>
              {state.error instanceof ApiError && state.error.kind === 'unreachable'
                ? t.unreachable
                : `${t.failed}${state.error instanceof Error ? state.error.message : String(state.error)}`}
            </p>
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              {t.retry}
            </button>
          </div>
        )}
        {state.status === 'loaded' && (
          <>
            {listVersion !== undefined && (
              <p>
                {t.listVersion}: {listVersion}
              </p>
            )}
            {state.fields.length === 0 && <p>{t.empty}</p>}
            <ul data-testid="fields-of-expertise">
              {state.fields.map((field) => (
                <li key={field.code} data-code={field.code}>
                  {field.name}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  );
}
