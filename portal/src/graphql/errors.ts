import { ApolloError } from '@apollo/client';

/** One field's problem as the API reports it (`extensions.fields`), already localised. */
export interface FieldProblem {
  field: string;
  problem: string;
  message: string;
  params?: Record<string, unknown>;
}

/** A failure the page can show: the API's code and its message in the user's language. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldProblem[] = [],
    readonly params: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The problem reported for `field` (exact path, e.g. `residence.address`), if any. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

/** Codes that mean "sign in (again)": the session ended or there is none. */
export const SIGNED_OUT_CODES = new Set(['SESSION_EXPIRED', 'UNAUTHENTICATED']);

/**
 * Any failure (Apollo's, a network error, a thrown value) as an `ApiError`. Network failures
 * get the code NETWORK_ERROR; the page shows its own words for that one.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ApolloError) {
    const first = error.graphQLErrors[0];
    if (first) {
      const extensions = (first.extensions ?? {}) as {
        code?: string;
        fields?: FieldProblem[];
        params?: Record<string, unknown>;
      };
      return new ApiError(
        first.message,
        extensions.code ?? 'INTERNAL_SERVER_ERROR',
        Array.isArray(extensions.fields) ? extensions.fields : [],
        extensions.params ?? {},
      );
    }
    return new ApiError(error.message, 'NETWORK_ERROR');
  }
  return new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK_ERROR');
}
