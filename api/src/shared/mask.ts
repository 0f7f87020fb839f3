/**
 * Personal data must never reach the logs. Keys that name personal data are masked whatever
 * their value; UI numbers are masked wherever they appear inside any string.
 */
const SENSITIVE_KEY =
  /(password|passwd|secret|token|authorization|cookie|passport|uinumber|ui_number|birthdate|birth_date|email|mobile|phone|(?<!remote)address|captchaanswer)/i;
const UI_NUMBER_ANYWHERE = /\b[A-Z][A-D89]\d{8}\b/g;

export function maskUiNumbers(text: string): string {
  return text.replace(UI_NUMBER_ANYWHERE, (m) => `${m.slice(0, 2)}******${m.slice(-2)}`);
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
  if (value instanceof Error) {
    return { type: value.name, message: maskUiNumbers(value.message), stack: value.stack };
  }
  if (Array.isArray(value)) return value.map((v) => maskPersonalData(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) ? maskValue(v) : maskPersonalData(v, depth + 1);
  }
  return out;
}
