/** One problem with one input field (`extensions.fields` of BAD_USER_INPUT, DOCUMENTS_MISSING…). */
export interface FieldProblem {
  /** Path of the input, e.g. `input.residence.line` or `documents.PHOTO`. */
  field: string;
  /** Stable code of the problem, e.g. REQUIRED, NOT_TRADITIONAL_CHINESE (docs/errors.md). */
  problem: string;
  /** For people, in the client's language. */
  message: string;
  params?: Record<string, unknown>;
}

/**
 * The codes of docs/errors.md, plus two this client makes itself: NETWORK_ERROR (no answer at all:
 * the request may or may not have reached the server) and UNEXPECTED_RESPONSE (an answer that
 * is not the API's JSON, e.g. from a proxy).
 */
export type GoldcardErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TERMS_NOT_ACCEPTED'
  | 'APPLICANT_NOT_FOUND'
  | 'AMENDMENT_ALREADY_OPEN'
  | 'DOCUMENTS_MISSING'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_NOT_ALLOWED'
  | 'IMAGE_TOO_SMALL'
  | 'INVALID_TRANSITION'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'UNEXPECTED_RESPONSE'
  | (string & {});

/** A failed call: branch on `code`, show `message` (it is in the client's language). */
export class GoldcardError extends Error {
  readonly code: GoldcardErrorCode;
  readonly fields: FieldProblem[];
  readonly params: Record<string, unknown>;
  /** HTTP status of the answer, when there was one. */
  readonly status?: number;
  /** Quote it when reporting a problem (also the `X-Request-Id` response header). */
  readonly requestId?: string;

  constructor(
    code: GoldcardErrorCode,
    message: string,
    options: {
      fields?: FieldProblem[];
      params?: Record<string, unknown>;
      status?: number;
      requestId?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'GoldcardError';
    this.code = code;
    this.fields = options.fields ?? [];
    this.params = options.params ?? {};
    this.status = options.status;
    this.requestId = options.requestId;
  }

  /** For RATE_LIMITED: how long to wait before trying again. */
  get retryAfterSeconds(): number | undefined {
    const value = this.params.retryAfterSeconds;
    return typeof value === 'number' ? value : undefined;
  }
}

interface WireError {
  message?: unknown;
  extensions?: { code?: unknown; fields?: unknown; params?: unknown; requestId?: unknown };
}

/** The first GraphQL error of an answer as a GoldcardError. */
export function fromGraphQLError(
  error: WireError,
  status: number,
  requestId: string | undefined,
): GoldcardError {
  const ext = error.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
  return new GoldcardError(code, typeof error.message === 'string' ? error.message : code, {
    fields: Array.isArray(ext.fields) ? (ext.fields as FieldProblem[]) : [],
    params:
      ext.params && typeof ext.params === 'object' ? (ext.params as Record<string, unknown>) : {},
    status,
    requestId: typeof ext.requestId === 'string' ? ext.requestId : requestId,
  });
}
