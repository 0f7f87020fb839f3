import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client';
import type { FetchResult } from '@apollo/client';

/** The languages the API answers in, by `Accept-Language`. */
export type ApiLanguage = 'zh-TW' | 'en';

let language: ApiLanguage = 'zh-TW';

/** The language sent as `Accept-Language` with every request from now on. */
export function setApiLanguage(next: ApiLanguage): void {
  language = next;
}

/** What the portal learns from every answer: drives the session countdown and expiry. */
export interface ApiResponseInfo {
  operationName?: string;
  status: number;
  /** Server clock minus ours, in ms, from the `Date` header (second resolution). */
  clockSkewMs?: number;
  /** Error codes in the answer (`SESSION_EXPIRED`, `UNAUTHENTICATED`, …). */
  codes: string[];
}

type Listener = (info: ApiResponseInfo) => void;
const listeners = new Set<Listener>();

/** Calls `listener` after every answer from the API; returns the unsubscribe function. */
export function onApiResponse(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyApiResponse(info: ApiResponseInfo): void {
  for (const listener of listeners) listener(info);
}

function operationNameOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown };
    return typeof parsed.operationName === 'string' ? parsed.operationName : undefined;
  } catch {
    return undefined;
  }
}

async function codesOf(response: Response): Promise<string[]> {
  if (!response.headers.get('content-type')?.includes('json')) return [];
  try {
    const body = (await response.clone().json()) as {
      errors?: { extensions?: { code?: unknown } }[];
    };
    return (body.errors ?? [])
      .map((e) => e.extensions?.code)
      .filter((c): c is string => typeof c === 'string');
  } catch {
    return [];
  }
}

/** Same-origin cookie, the chosen language, and a note to the listeners. */
export const apiFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('Accept-Language', language);
  const response = await fetch(input, { ...init, headers, credentials: 'same-origin' });
  const date = response.headers.get('date');
  const serverTime = date ? Date.parse(date) : Number.NaN;
  notifyApiResponse({
    operationName: operationNameOf(init?.body),
    status: response.status,
    clockSkewMs: Number.isNaN(serverTime) ? undefined : serverTime - Date.now(),
    codes: await codesOf(response),
  });
  return response;
};

interface ServerErrorLike {
  result?: { errors?: FetchResult['errors'] };
}

/**
 * Apollo Server answers some errors (invalid variables, CSRF, …) with HTTP 400 and a GraphQL
 * body; Apollo Client would hide that body as a network error. This link hands them on as
 * GraphQL errors so that their `extensions.code` and localised message reach the page.
 */
const httpErrorsAsGraphQLErrors = new ApolloLink(
  (operation, forward) =>
    new Observable<FetchResult>((observer) => {
      const subscription = forward(operation).subscribe({
        next: (value) => observer.next(value),
        error: (error: unknown) => {
          const errors = (error as ServerErrorLike | null)?.result?.errors;
          if (Array.isArray(errors) && errors.length > 0) {
            observer.next({ errors });
            observer.complete();
          } else {
            observer.error(error);
          }
        },
        complete: () => observer.complete(),
      });
      return () => subscription.unsubscribe();
    }),
);

/**
 * One client for the whole portal. Answers are personal: the cache lives only in this tab's
 * memory and is emptied at logout (`apolloClient.clearStore()`).
 */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([
    httpErrorsAsGraphQLErrors,
    new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: apiFetch }),
  ]),
  cache: new InMemoryCache({
    typePolicies: {
      // Value objects without ids: merge them into their parent instead of warning.
      AmendmentValuesView: { keyFields: false },
      Fee: { keyFields: false },
      Session: { keyFields: false },
    },
  }),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    query: { fetchPolicy: 'network-only', errorPolicy: 'none' },
    mutate: { errorPolicy: 'none' },
  },
});
