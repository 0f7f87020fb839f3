import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestDatabase } from './db.js';
import { FilePart, OMIT, RawBytes } from './fuzz-values.js';

/*
 * Property-based fuzzing, part 3: requests encoded as bytes (raw invalid UTF-8 included), and
 * the checks every answer must pass — no 5xx, no INTERNAL_SERVER_ERROR, a stable code on every
 * error — and the digests that show a refused request changed nothing.
 */

// --- Encoding ---------------------------------------------------------------------------------

/** The JSON body with `RawBytes` spliced in verbatim and `OMIT` keys left out. */
export function encodeJson(payload: unknown): Buffer {
  const raws: Buffer[] = [];
  const json = JSON.stringify(payload, (_key, value: unknown) =>
    value instanceof RawBytes
      ? `@@raw:${raws.push(value.bytes) - 1}@@`
      : value instanceof FilePart
        ? null
        : value,
  );
  const parts = json.split(/@@raw:(\d+)@@/);
  return Buffer.concat(parts.map((p, i) => (i % 2 ? raws[Number(p)]! : Buffer.from(p, 'utf8'))));
}

/** Every `FilePart` in `value` by its dotted path (`file`, `input.document`, `files.0`). */
export function fileParts(value: unknown): [string, FilePart][] {
  const found: [string, FilePart][] = [];
  // Iterative: hostile values nest thousands of levels deep.
  const stack: [unknown, string[]][] = [[value, []]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (v instanceof FilePart) found.push([at.join('.'), v]);
    else if (typeof v === 'object' && v !== null && !(v instanceof RawBytes) && at.length < 16) {
      for (const [k, child] of Object.entries(v)) stack.push([child, [...at, k]]);
    }
  }
  return found;
}

/**
 * A GraphQL multipart form for `variables` holding `FilePart`s (sent as files, `null` in the
 * operations as the spec requires). Built here rather than with `graphqlMultipartForm`, whose
 * structured clone cannot take values nested thousands deep; raw bytes become U+FFFD.
 */
export function multipartForm(query: string, variables: Record<string, unknown>): FormData {
  const files = fileParts(variables);
  const form = new FormData();
  form.append('operations', encodeJson({ query, variables }).toString('utf8'));
  form.append(
    'map',
    JSON.stringify(Object.fromEntries(files.map(([at], i) => [i, [`variables.${at}`]]))),
  );
  files.forEach(([, f], i) =>
    form.append(String(i), new Blob([f.bytes], { type: f.type }), f.name),
  );
  return form;
}

// --- Checks -----------------------------------------------------------------------------------

export interface Outcome {
  status: number;
  /** The request was refused (an error answer) rather than carried out. */
  refused: boolean;
  codes: string[];
}

const STABLE_CODE = /^[A-Z][A-Z0-9_]*$/;

/**
 * Judges one answer: no 5xx, JSON, every error with a stable `extensions.code` (or, for
 * HTTP-level refusals, `error.code`), never INTERNAL_SERVER_ERROR. Throws with the answer.
 */
export function judge(status: number, text: string): Outcome {
  const fail = (why: string) => {
    throw new Error(`${why}: HTTP ${status} ${text.slice(0, 600)}`);
  };
  if (status >= 500) fail('a 5xx answer');
  let body: {
    errors?: { message?: unknown; extensions?: { code?: unknown } }[];
    error?: { code?: unknown };
  };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return fail('an answer that is not JSON');
  }
  const codes: unknown[] = [];
  if (body.error) codes.push(body.error.code);
  for (const e of body.errors ?? []) {
    codes.push(e.extensions?.code);
    if (typeof e.message !== 'string' || !e.message) fail('an error without a message');
  }
  for (const code of codes) {
    if (typeof code !== 'string' || !STABLE_CODE.test(code)) fail('an error without a stable code');
    if (code === 'INTERNAL_SERVER_ERROR') fail('INTERNAL_SERVER_ERROR');
  }
  if (status >= 400 && codes.length === 0) fail('a refusal without a code');
  return { status, refused: codes.length > 0, codes: codes as string[] };
}

// --- Snapshots --------------------------------------------------------------------------------

/**
 * What a refused request may legitimately change, and so is left out of the digest:
 * - `rate_limit`: the counters exist to count attempts (logins, holder look-ups, recoveries),
 *   refused ones above all;
 * - `audit_event` rows with `success = false`: the audit trail of refusals (failed logins, failed
 *   holder look-ups) must record them; every other audit row is compared;
 * - `captcha.used_at`: a captcha is spent by the attempt that uses it, whatever the outcome;
 * - `session.last_seen_at` / `expires_at`: any authenticated operation extends the idle timeout;
 * - `account.failed_login_count` / `locked_at`: wrong passwords count towards the lockout (the
 *   fuzzing server's lockout threshold is set out of reach, so no account actually locks).
 */
export const DIGEST_EXCLUSIONS: Record<
  string,
  { skip?: true; columns?: string[]; where?: string }
> = {
  rate_limit: { skip: true },
  audit_event: { where: 'success' },
  captcha: { columns: ['used_at'] },
  session: { columns: ['last_seen_at', 'expires_at'] },
  account: { columns: ['failed_login_count', 'locked_at'] },
};

/** One digest per table of every row's contents (less the exclusions above). */
export async function databaseDigest(db: TestDatabase): Promise<Record<string, string>> {
  const tables = await db.sql<{ name: string }>(
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts = tables
    .filter((t) => !DIGEST_EXCLUSIONS[t.name]?.skip)
    .map(({ name }) => {
      const rule = DIGEST_EXCLUSIONS[name] ?? {};
      const drop = (rule.columns ?? []).map((c) => ` - '${c}'`).join('');
      return `select '${name}' as t, md5(coalesce(string_agg(x, '|' order by x), '')) as d
        from (select (to_jsonb(r)${drop})::text as x from "${name}" r ${rule.where ? `where ${rule.where}` : ''}) s`;
    });
  const rows = await db.sql<{ t: string; d: string }>(parts.join(' union all '));
  return Object.fromEntries(rows.map((r) => [r.t, r.d]));
}

/** Every file under the document store (hidden temporary files included) with its SHA-256. */
export async function storeDigest(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const out = await Promise.all(
    files.map(async (f) => {
      // A temporary file may be removed between the listing and the read: it is gone, then.
      const bytes = await readFile(f).catch(() => null);
      return (
        bytes && `${path.relative(root, f)} ${createHash('sha256').update(bytes).digest('hex')}`
      );
    }),
  );
  return out.filter((line): line is string => line !== null).sort();
}

/** The tables (and store) whose digest differs, for a readable failure. */
export function changedParts(
  before: Record<string, string>,
  after: Record<string, string>,
): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).sort();
}

/** Shortens huge values in a counterexample (long strings, buffers) so a report stays readable. */
export function preview(value: unknown): string {
  const short = (_key: string, v: unknown): unknown => {
    if (typeof v === 'string' && v.length > 80) return `${v.slice(0, 40)}…(${v.length} chars)`;
    if (v instanceof RawBytes) return `<bytes ${v.bytes.toString('hex')}>`;
    if (v === OMIT) return '<omitted>';
    const data = (v as { type?: unknown; data?: unknown } | null)?.data;
    if ((v as { type?: unknown } | null)?.type === 'Buffer' && Array.isArray(data)) {
      const head = Buffer.from(data.slice(0, 40) as number[]);
      return `<${data.length} bytes: ${head.toString('hex')}${data.length > 40 ? '…' : ''}>`;
    }
    return v;
  };
  return JSON.stringify(value, short)?.slice(0, 2000) ?? String(value);
}

/** The server's last logged errors (the cause behind an INTERNAL_SERVER_ERROR), for a report. */
export function serverErrors(server: { logLines: Record<string, unknown>[] }): string {
  const errors = server.logLines.filter((l) => l.level === 'error' || Number(l.level) >= 50);
  return errors.length ? preview(errors.slice(-2)) : 'no error logged';
}

// --- Raw multipart bodies ---------------------------------------------------------------------

/** One part of a hand-built multipart body; `filename` may hold bytes no JS string can. */
export interface RawPart {
  name: string;
  filename?: Buffer;
  contentType?: string;
  body: Buffer;
}

/**
 * A multipart/form-data body byte by byte (FormData would fix what the fuzzer breaks): header
 * values verbatim, `lineBreak` between lines, and the closing delimiter only when `close`.
 */
export function rawMultipart(
  parts: RawPart[],
  boundary: string,
  options: { lineBreak?: string; close?: boolean } = {},
): Buffer {
  const nl = options.lineBreak ?? '\r\n';
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition: Buffer[] = [
      Buffer.from(`--${boundary}${nl}Content-Disposition: form-data; name="${part.name}"`),
    ];
    if (part.filename)
      disposition.push(Buffer.from('; filename="'), part.filename, Buffer.from('"'));
    chunks.push(...disposition, Buffer.from(nl));
    if (part.contentType !== undefined)
      chunks.push(Buffer.from(`Content-Type: ${part.contentType}${nl}`));
    chunks.push(Buffer.from(nl), part.body, Buffer.from(nl));
  }
  if (options.close ?? true) chunks.push(Buffer.from(`--${boundary}--${nl}`));
  return Buffer.concat(chunks);
}
