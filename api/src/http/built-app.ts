import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Serving a front end built by Vite (the officer console, the applicants' portal): its files
 * with cache headers fit for content-hashed names, and the copies compressed at build time
 * (`vite-plugin-compression2` writes `<file>.br` and `<file>.gz` next to each text file) when the
 * client accepts them. Compressing at build time costs nothing per request and compresses best
 * (brotli at quality 11 is too slow to do per request); files without such copies are sent as
 * they are.
 */

/** The build-time encodings, best first. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
export type Encoding = (typeof ENCODINGS)[number]['coding'];

const NONE: ReadonlySet<Encoding> = new Set();

/** Cache-Control of a built file, by its path inside the build. */
export function cacheControlFor(file: string): string {
  // Always asked again (answered from the cache when unchanged): it names the current assets.
  if (file === 'index.html') return 'no-cache';
  // Vite names everything under assets/ after its content: a new build means new names.
  if (file.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/**
 * The encoding to send, from `Accept-Encoding` (q=0 refuses a coding, `*` stands for the ones not
 * named). Of equally acceptable codings brotli wins, whatever order the client lists them in
 * (browsers say `gzip, deflate, br, zstd`).
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: ReadonlySet<Encoding>,
): Encoding | null {
  if (!acceptEncoding || available.size === 0) return null;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!coding) continue;
    const q = params.find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(coding, Number.isFinite(value) ? value : 0);
  }
  let best: Encoding | null = null;
  let bestQuality = 0;
  for (const { coding } of ENCODINGS) {
    if (!available.has(coding)) continue;
    const q = quality.get(coding) ?? quality.get('*') ?? 0;
    if (q > bestQuality) [best, bestQuality] = [coding, q];
  }
  return best;
}

/** The build's files, as paths inside it with `/` separators. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .map((name) => name.split(path.sep).join('/'));
}

/** Every file of the build that has compressed copies, with the encodings it has. */
function compressedCopies(dir: string, files: string[]): Map<string, Set<Encoding>> {
  const present = new Set(files);
  const size = (name: string) => statSync(path.join(dir, name)).size;
  const copies = new Map<string, Set<Encoding>>();
  for (const name of files) {
    const copy = ENCODINGS.find((e) => name.endsWith(e.suffix));
    if (!copy) continue;
    const source = name.slice(0, -copy.suffix.length);
    // A copy no smaller than its original (a tiny file) is not worth sending.
    if (!present.has(source) || size(name) >= size(source)) continue;
    copies.set(source, (copies.get(source) ?? new Set()).add(copy.coding));
  }
  return copies;
}

/** Failures that mean "no such file here": the request goes on to the next handler. */
function isMissing(error: Error & { status?: number; code?: string }): boolean {
  return (
    error.status === 404 ||
    error.status === 403 || // a path leaving the build (`..`), refused by `send`
    ['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG'].includes(error.code ?? '')
  );
}

export interface BuiltApp {
  /** Whether the build is there (it has an index.html). */
  readonly built: boolean;
  /** Text files the build left without compressed copies (the plugin is missing). */
  readonly uncompressed: string[];
  /** Serves the build's files under where it is mounted; index.html only through `sendIndex`. */
  readonly files: RequestHandler;
  /** Sends index.html (the single page app's every page). */
  readonly sendIndex: RequestHandler;
}

const TEXT_FILE = /\.(?:html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;
const WORTH_COMPRESSING = 1024;

/** The Vite build in `dir`, read once: its compressed copies are known from the start. */
export function builtApp(dir: string): BuiltApp {
  const built = existsSync(path.join(dir, 'index.html'));
  const files = built ? listFiles(dir) : [];
  const copies = compressedCopies(dir, files);
  const uncompressed = files.filter(
    (name) =>
      TEXT_FILE.test(name) &&
      !copies.has(name) &&
      statSync(path.join(dir, name)).size > WORTH_COMPRESSING,
  );

  /** `file`: the path inside the build as requested (still percent-encoded; `send` decodes). */
  function send(req: Request, res: Response, next: NextFunction, file: string) {
    let name: string;
    try {
      name = decodeURIComponent(file);
    } catch {
      return next();
    }
    const available = copies.get(name) ?? NONE;
    const encoding = chooseEncoding(req.get('accept-encoding'), available);
    // Caches must keep the copies apart: the same URL answers differently per Accept-Encoding.
    if (available.size) res.vary('Accept-Encoding');
    res.setHeader('Cache-Control', cacheControlFor(name));
    const suffix = ENCODINGS.find((e) => e.coding === encoding)?.suffix ?? '';
    if (encoding) {
      res.type(path.extname(name));
      res.setHeader('Content-Encoding', encoding);
    }
    res.sendFile(
      `${file}${suffix}`,
      { root: dir, cacheControl: false, acceptRanges: !encoding, dotfiles: 'ignore' },
      (error?: Error) => {
        if (!error || res.headersSent) return;
        res.removeHeader('Content-Encoding');
        res.removeHeader('Cache-Control');
        if (isMissing(error)) next();
        else next(error);
      },
    );
  }

  return {
    built,
    uncompressed,
    files(req, res, next) {
      if (!built || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
      const file = req.path.replace(/^\/+/, '');
      if (file === '' || file === 'index.html') return next();
      send(req, res, next, file);
    },
    sendIndex: (req, res, next) => send(req, res, next, 'index.html'),
  };
}
