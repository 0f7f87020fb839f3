import { HttpError } from 'react-admin';

/** One problem with one input field (`BAD_USER_INPUT`'s `extensions.fields`). */
export interface FieldProblem {
  field: string;
  problem: string;
  message: string;
}

/** Codes the console reacts to; the API's docs/errors.md lists them all. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'SESSION_EXPIRED'
  | 'FORBIDDEN'
  | 'PASSWORD_EXPIRED'
  | 'CONFLICT'
  | 'BAD_USER_INPUT'
  | 'CAPTCHA_INVALID'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'RATE_LIMITED'
  | 'FEE_UNPAID'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'NETWORK_ERROR'
  | (string & {});

/**
 * A failed API call: the API's localised message, its stable code and, for input problems, the
 * fields. It is a react-admin `HttpError`, so react-admin's notifications show `message`.
 */
export class ApiError extends HttpError {
  readonly code: ErrorCode;
  readonly fields: FieldProblem[];
  readonly requestId?: string;
  /** `extensions.params`: facts some codes carry (CONFLICT: status, version, changedBy, changedAt). */
  readonly params: Record<string, unknown>;

  constructor(
    message: string,
    code: ErrorCode,
    options: {
      status?: number;
      fields?: FieldProblem[];
      requestId?: string;
      params?: Record<string, unknown>;
    } = {},
  ) {
    super(message, options.status ?? 200, { code, fields: options.fields ?? [] });
    // HttpError's constructor sets its own prototype, which would make every ApiError fail
    // `instanceof ApiError` (and toApiError turn a second pass into CLIENT_ERROR, losing the
    // code and the fields): put the subclass back.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'ApiError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.requestId = options.requestId;
    this.params = options.params ?? {};
  }
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; requestId?: unknown; params?: unknown };
}

interface ApolloErrorLike {
  message?: unknown;
  graphQLErrors?: GraphQLErrorLike[];
  networkError?: {
    message?: unknown;
    statusCode?: unknown;
    result?: { errors?: GraphQLErrorLike[] };
  } | null;
  body?: unknown;
  status?: unknown;
}

function fromGraphQLError(error: GraphQLErrorLike, status?: number): ApiError {
  const code =
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  const fields = Array.isArray(error.extensions?.fields)
    ? (error.extensions.fields as FieldProblem[])
    : [];
  const requestId =
    typeof error.extensions?.requestId === 'string' ? error.extensions.requestId : undefined;
  const params =
    error.extensions?.params && typeof error.extensions.params === 'object'
      ? (error.extensions.params as Record<string, unknown>)
      : undefined;
  const message = typeof error.message === 'string' ? error.message : code;
  return new ApiError(message, code, { status, fields, requestId, params });
}

/**
 * Normalises whatever a request threw (an ApolloError, ra-data-graphql's HttpError wrapping one,
 * a network failure) into an `ApiError`.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const candidate = (error ?? {}) as ApolloErrorLike;
  // ra-data-graphql wraps the ApolloError in an HttpError's body.
  const apollo = (
    candidate.body && typeof candidate.body === 'object' ? candidate.body : candidate
  ) as ApolloErrorLike;
  const first = apollo.graphQLErrors?.[0] ?? apollo.networkError?.result?.errors?.[0];
  const status =
    typeof apollo.networkError?.statusCode === 'number'
      ? apollo.networkError.statusCode
      : typeof candidate.status === 'number'
        ? candidate.status
        : undefined;
  if (first) return fromGraphQLError(first, status);
  // No GraphQL answer at all: the server is unreachable or answered something else. The message
  // is a translation key (react-admin's notifications translate it; so does the login page).
  // ra-data-graphql turns network failures into a bodiless HttpError.
  const bodiless = error instanceof HttpError && !candidate.body;
  if (apollo.networkError || error instanceof TypeError || bodiless) {
    return new ApiError('goldcard.error.network', 'NETWORK_ERROR', { status });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(message, 'CLIENT_ERROR', { status });
}

/** The code of any error the console sees, or undefined. */
export function errorCode(error: unknown): ErrorCode | undefined {
  if (error instanceof ApiError) return error.code;
  const body = (error as { body?: { code?: unknown } } | null)?.body;
  return typeof body?.code === 'string' ? body.code : undefined;
}
