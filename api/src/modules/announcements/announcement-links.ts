/**
 * Where a notice's Markdown may link: an https:// address or a page of the service (`/…`, not
 * `//host`, which is another site). The texts are stored and returned as written and rendered by
 * clients with HTML disabled; refusing other link targets (javascript:, data:, http:…) when they
 * are written keeps the one way Markdown itself could run script or mislead out of the board.
 */
const ALLOWED = /^(https:\/\/[^\s/]|\/(?!\/))/i;

/** `[text](target …)` and `![alt](target)`: the target, with or without angle brackets. */
const INLINE = /\]\(\s*(?:<([^>\n]*)>|([^\s)]*))/g;
/** `[label]: target` reference definitions, at the start of a line. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*(?:<([^>\n]*)>|(\S+))/gm;
/** `<scheme:…>` autolinks. */
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;

/** The link targets in `markdown` that point anywhere but https:// or the service's own pages. */
export function disallowedLinks(markdown: string): string[] {
  const targets = [
    ...[...markdown.matchAll(INLINE)].map((m) => m[1] ?? m[2] ?? ''),
    ...[...markdown.matchAll(DEFINITION)].map((m) => m[1] ?? m[2] ?? ''),
    ...[...markdown.matchAll(AUTOLINK)].map((m) => m[1] ?? ''),
  ];
  return [...new Set(targets.filter((target) => !ALLOWED.test(target.trim())))];
}
