import { ServerResponse } from 'node:http';

/**
 * Personal data must never reach the logs. Keys that name personal data are masked whatever
 * their value; UI numbers are masked wherever they appear inside any string.
 */
const SENSITIVE_KEY =
  /(password|passwd|secret|token|authorization|cookie|passport|uinumber|ui_number|birthdate|birth_date|email|mobile|phone|(?<!remote)address|captchaanswer)/i;
const UI_NUMBER_ANYWHERE = /\b[A-Z][A-D89]\d{8}\b/g;

/** A single-quoted literal (`''` inside is a quote): the values a failed SQL statement quotes. */
const QUOTED_LITERAL = /'(?:[^']|'')*'/g;
const EMAIL_ANYWHERE = /[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

export function maskUiNumbers(text: string): string {
  return text.replace(UI_NUMBER_ANYWHERE, (m) => `${m.slice(0, 2)}******${m.slice(-2)}`);
}

/**
 * An error's message or stack without the values it may quote. Database errors repeat the
 * failed statement with every value inlined (`update "amendment" set "requested" = '{…email,
 * passport, address…}' … - <reason>`): quoted literals become `'***'`, addresses `<address>`.
 */
export function maskErrorText(text: string): string {
  return maskUiNumbers(text.replace(QUOTED_LITERAL, "'***'").replace(EMAIL_ANYWHERE, '<address>'));
}

/**
 * A copy of an error that keeps its class (so the log shows its type), message, stack and code,
 * masked; nothing else it carries (a driver error's `detail`, `parameters`, …) is kept.
 */
function maskError(error: Error): Error {
  const own = (value: unknown) => ({ value, writable: true, configurable: true });
  const code = (error as Error & { code?: unknown }).code;
  return Object.create(Object.getPrototypeOf(error) as object, {
    message: own(maskErrorText(error.message)),
    stack: own(error.stack === undefined ? undefined : maskErrorText(error.stack)),
    ...(typeof code === 'string' || typeof code === 'number'
      ? { code: { ...own(code), enumerable: true } }
      : {}),
  }) as Error;
}

function maskValue(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  if (text.length <= 2) return '**';
  return `${'*'.repeat(Math.min(text.length - 2, 8))}${text.slice(-2)}`;
}

export function maskPersonalData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskUiNumbers(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Error) return maskError(value);
  // pino-http's `res` (the log's serializers run after this): what its serializer reads, not a
  // walk through the socket (which lost the status code: `headersSent` is not an own property).
  if (value instanceof ServerResponse) {
    return { statusCode: value.statusCode, headersSent: value.headersSent };
  }
  if (Array.isArray(value)) return value.map((v) => maskPersonalData(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) ? maskValue(v) : maskPersonalData(v, depth + 1);
  }
  return out;
}
