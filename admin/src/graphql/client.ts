import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  Observable,
  type FetchResult,
} from '@apollo/client/core';

/** The languages the console speaks; the API localises its messages by `Accept-Language`. */
export type Language = 'zh-TW' | 'en';
export const DEFAULT_LANGUAGE: Language = 'zh-TW';

/** The API serves GraphQL on the same origin as the console (it serves the console at /admin/). */
export const GRAPHQL_ENDPOINT = '/graphql';

let language: Language = DEFAULT_LANGUAGE;

/** The language sent as `Accept-Language` with every request from now on. */
export function setApiLanguage(next: Language): void {
  language = next;
}

export function apiLanguage(): Language {
  return language;
}

/** What the console learns from every answer: drives the session countdown. */
export interface ApiResponseInfo {
  /** The GraphQL operation name, when the request named one. */
  operationName?: string;
  /** HTTP status. */
  status: number;
  /** Server clock minus ours, in ms, from the `Date` header (second resolution). */
  clockSkewMs?: number;
}

type Listener = (info: ApiResponseInfo) => void;
const listeners = new Set<Listener>();

/** Calls `listener` after every answer from /graphql; returns the unsubscribe function. */
export function onApiResponse(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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

/**
 * `fetch` for the API: same-origin cookie, the console's language, and a note to the listeners.
 * Apollo's HttpLink already sends `Content-Type: application/json`, which Apollo Server's CSRF
 * prevention requires.
 */
export const apiFetch: typeof fetch = async (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('Accept-Language', language);
  const response = await fetch(input, { ...init, headers, credentials: 'same-origin' });
  const date = response.headers.get('date');
  const serverTime = date ? Date.parse(date) : Number.NaN;
  const info: ApiResponseInfo = {
    operationName: operationNameOf(init?.body),
    status: response.status,
    clockSkewMs: Number.isNaN(serverTime) ? undefined : serverTime - Date.now(),
  };
  for (const listener of listeners) listener(info);
  return response;
};

interface ServerErrorLike {
  result?: { errors?: FetchResult['errors'] };
}

/**
 * Apollo Server answers some GraphQL errors (invalid variables, CSRF, …) with HTTP 400 and a
 * GraphQL body. Apollo Client treats those as network errors and hides the body; this link turns
 * them back into ordinary GraphQL errors so that their `extensions.code` reaches the UI.
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

/** One Apollo client for the data provider, the auth provider and the custom actions. */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([
    httpErrorsAsGraphQLErrors,
    new HttpLink({ uri: GRAPHQL_ENDPOINT, credentials: 'same-origin', fetch: apiFetch }),
  ]),
  // react-admin keeps its own query cache; Apollo's would only hold personal data twice.
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
  },
});
