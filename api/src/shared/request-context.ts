import { AsyncLocalStorage } from 'node:async_hooks';

export type Locale = 'zh-TW' | 'en';

export interface RequestScope {
  requestId: string;
  locale: Locale;
  ip: string | undefined;
}

/**
 * Carries the request id and the caller's language through every await of a request, so that
 * log lines and error messages produced deep inside services need no extra parameters.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentScope(): RequestScope | undefined {
  return requestScope.getStore();
}

/** Picks zh-TW or English from an Accept-Language header; zh-TW is the service's default. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-TW';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-TW';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-TW';
}
