import { randomUUID } from 'node:crypto';
import {
  mkdir,
  open,
  opendir,
  rename,
  rmdir,
  stat,
  unlink,
  type FileHandle,
} from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where document bytes live. Shaped like an object store (S3 and compatibles) so a bucket can
 * replace the filesystem without touching callers: flat string keys, whole-object writes, no
 * listing, no partial updates.
 */
export interface DocumentStore {
  /**
   * Stores everything `stream` yields under `key`, all or nothing: nobody ever reads a partial
   * object, and when the stream errors (or the write fails) nothing is left behind. Replaces an
   * existing object with the same key (as S3 does); keys come from `newDocumentKey()`, so that
   * does not happen in practice.
   */
  put(key: string, stream: Readable): Promise<void>;
  /** The object's bytes. Rejects with `DocumentNotFoundError` when there is none. */
  get(key: string): Promise<Readable>;
  /** Removes the object; succeeds when there is none. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** One stored object, as listed. */
export interface StoredObjectInfo {
  key: string;
  /** When its bytes were last written. */
  modifiedAt: Date;
}

/**
 * A store that can enumerate what it holds, for housekeeping only (the orphan sweeper): S3 has
 * ListObjectsV2 and the abort of stale multipart uploads; the filesystem store walks its folders.
 */
export interface ListableDocumentStore extends DocumentStore {
  /**
   * Every stored object, in no particular order. Objects written or deleted while the listing
   * runs may or may not appear.
   */
  list(): AsyncIterable<StoredObjectInfo>;
  /**
   * Removes what writes that never finished left behind (a process killed in the middle of an
   * upload) when they were last written to before `before`; returns how many were removed.
   */
  removeIncompleteWrites(before: Date): Promise<number>;
}

export function isListableDocumentStore(store: DocumentStore): store is ListableDocumentStore {
  const candidate = store as Partial<ListableDocumentStore>;
  return (
    typeof candidate.list === 'function' && typeof candidate.removeIncompleteWrites === 'function'
  );
}

export class DocumentNotFoundError extends Error {
  readonly code = 'DOCUMENT_NOT_FOUND';
  constructor(readonly key: string) {
    super(`No document is stored under ${JSON.stringify(key)}`);
    this.name = 'DocumentNotFoundError';
  }
}

export class InvalidDocumentKeyError extends Error {
  readonly code = 'INVALID_DOCUMENT_KEY';
  constructor(key: unknown) {
    super(`Not a valid document key: ${JSON.stringify(String(key)).slice(0, 80)}`);
    this.name = 'InvalidDocumentKeyError';
  }
}

/** Each `/`-separated part: starts with a letter or digit (so never `.`, `..` or hidden). */
const KEY_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;
const MAX_KEY_SEGMENTS = 8;

/**
 * Keys are generated, never derived from anything a user sent: `yyyy/mm/<uuid>` (UTC). The
 * month prefix keeps directories small and makes retention sweeps cheap.
 */
export function newDocumentKey(now: Date = new Date()): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

/** Relative, `/`-separated, letters, digits, `.`, `_`, `-`; no `..`, no absolute paths. */
export function isValidDocumentKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  if (key.includes('..')) return false;
  const segments = key.split('/');
  return segments.length <= MAX_KEY_SEGMENTS && segments.every((s) => KEY_SEGMENT.test(s));
}

export function assertValidDocumentKey(key: unknown): asserts key is string {
  if (!isValidDocumentKey(key)) throw new InvalidDocumentKeyError(key);
}

/** A write in progress (or abandoned): `.<final name>.<uuid>.tmp` beside the final name. */
const TEMPORARY_FILE =
  /^\.[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

const isErrno = (error: unknown, code: string) =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === code;

/**
 * Documents as files under `rootDir` (by default `<DATA_DIR>/documents`). Files are 0600 and
 * directories 0700. A write goes to a hidden temporary file in the object's own directory, is
 * flushed to disk, then renamed over the final name (atomic on POSIX filesystems), so a crash or
 * a failed upload never leaves a half-written document under a real key. Directories that a
 * failed write or a delete leaves empty are removed again.
 */
export class FilesystemDocumentStore implements ListableDocumentStore {
  readonly rootDir: string;

  constructor(rootDir: string) {
    this.rootDir = path.resolve(rootDir);
  }

  /** The file a key maps to; throws for keys that are malformed or would escape the root. */
  pathOf(key: string): string {
    assertValidDocumentKey(key);
    const file = path.resolve(this.rootDir, ...key.split('/'));
    if (!file.startsWith(this.rootDir + path.sep)) throw new InvalidDocumentKeyError(key);
    return file;
  }

  async put(key: string, stream: Readable): Promise<void> {
    const target = this.pathOf(key);
    const dir = path.dirname(target);
    // Hidden (leading dot) so it can never collide with a key: keys cannot start with a dot.
    const temp = path.join(dir, `.${path.basename(target)}.${randomUUID()}.tmp`);
    let handle: FileHandle | undefined;
    try {
      handle = await this.createTemp(dir, temp);
      // The write stream owns the handle from here: it flushes (fsync) and closes it at the end.
      await pipeline(stream, handle.createWriteStream({ flush: true }));
      await rename(temp, target);
    } catch (error) {
      stream.destroy();
      await handle?.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      await this.pruneEmptyDirs(dir);
      throw error;
    }
    await this.syncDir(dir);
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const handle = await open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if (isErrno(error, 'ENOENT')) throw new DocumentNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    try {
      await unlink(file);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) throw error;
    }
    await this.pruneEmptyDirs(path.dirname(file));
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return false;
      throw error;
    }
  }

  async *list(): AsyncGenerator<StoredObjectInfo> {
    for await (const { file, segments, name } of this.walk(this.rootDir, [])) {
      const key = [...segments, name].join('/');
      if (!isValidDocumentKey(key)) continue; // temporary files, and anything not ours
      const modifiedAt = await this.modifiedAt(file);
      if (modifiedAt) yield { key, modifiedAt };
    }
  }

  async removeIncompleteWrites(before: Date): Promise<number> {
    let removed = 0;
    for await (const { file, name } of this.walk(this.rootDir, [])) {
      if (!TEMPORARY_FILE.test(name)) continue;
      const modifiedAt = await this.modifiedAt(file);
      if (!modifiedAt || modifiedAt >= before) continue; // gone already, or still being written
      try {
        await unlink(file);
        removed++;
      } catch (error) {
        if (!isErrno(error, 'ENOENT')) throw error;
      }
      await this.pruneEmptyDirs(path.dirname(file));
    }
    return removed;
  }

  /**
   * Regular files under `dir`, depth first, entering only folders whose names could be part of
   * a key (so never hidden ones, `lost+found` or symbolic links).
   */
  private async *walk(
    dir: string,
    segments: string[],
  ): AsyncGenerator<{ file: string; segments: string[]; name: string }> {
    let entries;
    try {
      entries = await opendir(dir);
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return; // nothing stored yet, or pruned meanwhile
      throw error;
    }
    for await (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (KEY_SEGMENT.test(entry.name) && segments.length + 1 < MAX_KEY_SEGMENTS)
          yield* this.walk(full, [...segments, entry.name]);
      } else if (entry.isFile()) {
        yield { file: full, segments, name: entry.name };
      }
    }
  }

  private async modifiedAt(file: string): Promise<Date | undefined> {
    try {
      return (await stat(file)).mtime;
    } catch (error) {
      if (isErrno(error, 'ENOENT')) return undefined;
      throw error;
    }
  }

  /**
   * Opens the temporary file exclusively. A concurrent failed write or delete may remove the
   * (then empty) directory between `mkdir` and `open`; creating it again and retrying covers that.
   */
  private async createTemp(dir: string, temp: string): Promise<FileHandle> {
    for (let attempt = 1; ; attempt++) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      try {
        return await open(temp, 'wx', 0o600);
      } catch (error) {
        if (!isErrno(error, 'ENOENT') || attempt >= 5) throw error;
      }
    }
  }

  /** Removes `dir` and its parents while they are empty, stopping at the root. */
  private async pruneEmptyDirs(dir: string): Promise<void> {
    for (let d = dir; d.startsWith(this.rootDir + path.sep); d = path.dirname(d)) {
      try {
        await rmdir(d);
      } catch (error) {
        if (!isErrno(error, 'ENOENT')) return; // not empty: its parents are not empty either
      }
    }
  }

  /** Makes the rename durable; best effort (not every filesystem lets a directory be fsynced). */
  private async syncDir(dir: string): Promise<void> {
    const handle = await open(dir, 'r').catch(() => undefined);
    if (!handle) return;
    await handle.sync().catch(() => undefined);
    await handle.close().catch(() => undefined);
  }
}
