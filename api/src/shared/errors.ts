import { GraphQLError } from 'graphql';
import { type Locale } from './request-context.js';
import {
  ERROR_MESSAGES,
  type ErrorMessage,
  FIELD_PROBLEMS,
  type ErrorCode,
  type FieldProblemCode,
} from './error-catalog.js';

export { type ErrorCode };

export interface FieldProblem {
  /** Input path, e.g. `input.passport.expiryDate`. */
  field: string;
  /** Stable machine code for the problem, e.g. `TOO_LONG`, `INVALID_FORMAT`. */
  problem: FieldProblemCode;
  /** Values for the message's placeholders, e.g. `{ max: 60 }`. */
  params?: Record<string, string | number>;
  /** Human message in the caller's language (filled in when the response is formatted). */
  message?: string;
}

/**
 * Placeholder values that depend on the reader's language (a document's name, "an unfinished
 * draft"): they fill the message only. `params` stay codes, for software.
 */
export type Wording = (locale: Locale) => Record<string, string | number>;

/**
 * Every failure a client may branch on. The message is chosen from the catalog in the caller's
 * language when the response is formatted; `params` fill its placeholders and are also exposed
 * in `extensions` so software can act on them; `wording` fills placeholders people read.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
    readonly wording?: Wording,
  ) {
    super(localize(code, 'en', { ...params, ...wording?.('en') }), {
      extensions: {
        ...(code === 'RATE_LIMITED'
          ? {
              http: {
                status: 429,
                headers: new Map([['retry-after', String(params.retryAfterSeconds ?? 60)]]),
              },
            }
          : {}),
        code,
        ...(Object.keys(params).length ? { params } : {}),
        ...(fields.length ? { fields } : {}),
      },
    });
    this.name = 'AppError';
  }

  /** The message in `locale`, as the caller reads it. */
  messageIn(locale: Locale): string {
    return localize(this.code, locale, { ...this.params, ...this.wording?.(locale) });
  }
}

export function localize(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const catalog: ErrorMessage = ERROR_MESSAGES[code];
  // A code with reasons (FORBIDDEN's `params.reason`) says which, when it knows the reason.
  const reason = typeof params.reason === 'string' ? catalog.reasons?.[params.reason] : undefined;
  const entry = reason ?? catalog;
  const template = locale === 'en' ? entry.en : entry.zhTw;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}

export const badInput = (fields: FieldProblem[]) => new AppError('BAD_USER_INPUT', {}, fields);

export function localizeField(problem: FieldProblem, locale: Locale): FieldProblem {
  const entry = FIELD_PROBLEMS[problem.problem];
  const template = locale === 'en' ? entry.en : entry.zhTw;
  const message = template.replace(/\{(\w+)\}/g, (_, key: string) =>
    String(problem.params?.[key] ?? `{${key}}`),
  );
  return { ...problem, message };
}
