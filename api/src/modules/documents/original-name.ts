/** Longest original file name kept, in characters (Unicode code points). */
export const ORIGINAL_NAME_MAX_LENGTH = 200;
/** Used when nothing usable is left of the name the client sent. */
export const ORIGINAL_NAME_FALLBACK = 'document';

/** C0 and C1 controls, DEL, bidirectional overrides/isolates/marks, byte order mark. */
const INVISIBLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Extensions longer than this are not worth keeping whole when a name must be shortened. */
const MAX_KEPT_EXTENSION = 16;

/**
 * The client's file name made safe to store and show: never used as a path (storage keys are
 * generated), but shown to officers and offered back as a download name, so: no directories
 * (`/` or `\`), no control or bidirectional-override characters (`invoice\u202Efdp.exe`
 * shows as `invoiceexe.pdf`), valid Unicode (so valid UTF-8), NFC, trimmed, at most 200
 * characters with the extension kept when it is shortened.
 */
export function sanitizeOriginalName(
  name: string | null | undefined,
  fallback = ORIGINAL_NAME_FALLBACK,
): string {
  if (typeof name !== 'string') return fallback;
  let s = name.replace(LONE_SURROGATE, '\ufffd').normalize('NFC');
  s = s.replace(INVISIBLE_OR_CONTROL, '');
  s = s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
  s = s.replace(/\s+/g, ' ').trim();
  if (/^[.\s]*$/.test(s)) return fallback;
  return truncateKeepingExtension(s, ORIGINAL_NAME_MAX_LENGTH);
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = chars.lastIndexOf('.');
  const extension = dot > 0 ? chars.slice(dot) : [];
  if (extension.length === 0 || extension.length > MAX_KEPT_EXTENSION) {
    return chars.slice(0, max).join('').trimEnd();
  }
  return (
    chars
      .slice(0, max - extension.length)
      .join('')
      .trimEnd() + extension.join('')
  );
}
