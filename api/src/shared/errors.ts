import { GraphQLError } from 'graphql';
import { type Locale } from './request-context.js';
import {
  ERROR_MESSAGES,
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
 * Every failure a client may branch on. The message is chosen from the catalog in the caller's
 * language when the response is formatted; `params` fill its placeholders and are also exposed
 * in `extensions` so software can act on them.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(localize(code, 'en', params), {
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
}

export function localize(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const entry = ERROR_MESSAGES[code];
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
