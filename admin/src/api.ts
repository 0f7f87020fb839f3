import type { FieldsOfExpertiseQuery } from './generated/graphql';
import fieldsOfExpertiseDocument from './queries/fieldsOfExpertise.graphql?raw';

export type Language = 'zh-TW' | 'en';

/** Why a request failed: the UI words each kind differently. */
export type ApiErrorKind = 'unreachable' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The API serves GraphQL on the same origin as the console. */
export const GRAPHQL_ENDPOINT = '/graphql';

export async function graphqlRequest<T>(
  query: string,
  options: { language: Language; signal?: AbortSignal; variables?: Record<string, unknown> },
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        'Accept-Language': options.language,
      },
      body: JSON.stringify({ query, variables: options.variables ?? {} }),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError('unreachable', error instanceof Error ? error.message : String(error));
  }

  let body: GraphQLResponse<T> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = undefined;
  }
  // A proxy in front of a stopped API answers 502/503/504 without a GraphQL body.
  if (!body && [502, 503, 504].includes(response.status)) {
    throw new ApiError('unreachable', `HTTP ${response.status}`);
  }
  if (body?.errors?.length) {
    throw new ApiError('graphql', body.errors.map((e) => e.message).join('; '));
  }
  if (!response.ok || !body?.data) {
    throw new ApiError('http', `HTTP ${response.status} ${response.statusText}`.trim());
  }
  return body.data;
}

export function fetchFieldsOfExpertise(
  language: Language,
  signal?: AbortSignal,
): Promise<FieldsOfExpertiseQuery> {
  return graphqlRequest<FieldsOfExpertiseQuery>(fieldsOfExpertiseDocument, { language, signal });
}
