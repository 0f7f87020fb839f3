/**
 * Where a link in a notice may lead: an http(s) address, or a path on this site. Anything else
 * (`javascript:`, `data:`, `//elsewhere` which the browser reads as another host, a relative
 * path that would depend on the page it is shown on) is no link at all: its words stay as text.
 */
export function safeHref(url: string): string | undefined {
  const value = url.trim();
  // A single slash then anything but a second slash or a backslash (browsers read `/\host` as `//host`).
  if (/^\/(?![/\\])/.test(value)) return value;
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
