/** Pages a `next` parameter must never lead back to (they would loop). */
const NOT_AFTER_LOGIN = /^\/(?:login|register)(?:[/?#]|$)/;

/**
 * The `next` parameter as a path on this site, or undefined. Only paths starting with one '/'
 * are taken: '//evil.example' and '/\evil.example' are other sites to a browser, and anything
 * else (https://…, javascript:…) is refused outright. The console at /admin/ is another app.
 */
export function safeNextPath(raw: string | null | undefined): string | undefined {
  if (!raw || raw.length > 2000) return undefined;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return undefined;
  // Control characters and spaces are dropped by URL parsers, turning "/\t/evil" into "//evil".
  if ([...raw].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, window.location.origin);
  } catch {
    return undefined;
  }
  if (url.origin !== window.location.origin) return undefined;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (NOT_AFTER_LOGIN.test(path) || /^\/admin(?:\/|$)/.test(path)) return undefined;
  return path;
}
