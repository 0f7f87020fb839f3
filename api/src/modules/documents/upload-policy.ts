import { z } from 'zod';
import { DocumentType } from '../amendments/amendment-items.js';

/**
 * What may be uploaded, per document type, as data. The defaults below can be overridden from
 * configuration (`uploadPolicyFor(type, overrides)`), and `uploadPolicyTable()` describes the
 * limits in words so clients can show them before anyone picks a file (the old platform did not).
 */

/** Every format the pipeline can recognise from the bytes and accept. */
export const UPLOAD_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type UploadMimeType = (typeof UPLOAD_MIME_TYPES)[number];

export const UPLOAD_FORMATS: Readonly<
  Record<UploadMimeType, { label: string; extensions: readonly string[] }>
> = {
  'application/pdf': { label: 'PDF', extensions: ['.pdf'] },
  'image/jpeg': { label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  'image/png': { label: 'PNG', extensions: ['.png'] },
};

export const isUploadMimeType = (value: unknown): value is UploadMimeType =>
  (UPLOAD_MIME_TYPES as readonly unknown[]).includes(value);

export const isImageMimeType = (mime: UploadMimeType) => mime.startsWith('image/');

const MiB = 1024 * 1024;
/** Every document type unless configured otherwise (the old platform allowed 1 MB). */
export const DEFAULT_MAX_BYTES = 5 * MiB;
export const PHOTO_MAX_BYTES = 2 * MiB;
/** A photo must be at least 413×531 px (3.5 × 4.5 cm at 300 dpi), width × height. */
export const PHOTO_MIN_WIDTH = 413;
export const PHOTO_MIN_HEIGHT = 531;
/** Upper bound accepted for any configured size limit, as a guard against typos. */
export const MAX_CONFIGURABLE_BYTES = 1024 * MiB;

/** The rules one upload is judged by. */
export interface UploadPolicy {
  documentType: DocumentType;
  /** Judged from the bytes, never from the file name or the declared type. */
  allowedMimeTypes: readonly UploadMimeType[];
  /** Counted as the bytes arrive. */
  maxBytes: number;
  /** Minimum width and height in pixels, for images (after EXIF rotation); 0 means none. */
  minWidth: number;
  minHeight: number;
}

/** A partial set of limits: configuration overrides, or a document type's built-in defaults. */
export interface UploadLimits {
  allowedMimeTypes?: readonly UploadMimeType[];
  maxBytes?: number;
  minWidth?: number;
  minHeight?: number;
}

/**
 * Configuration's overrides, as a plain object (for example built from environment variables or
 * a JSON setting). Most specific wins: `byType[T]`, then type T's built-in defaults, then
 * `default`, then the built-in defaults for every type. So `default.maxBytes` changes every type
 * that has no limit of its own (PHOTO keeps its 2 MiB unless `byType.PHOTO` says otherwise).
 */
export interface UploadPolicyOverrides {
  default?: UploadLimits;
  byType?: Partial<Record<DocumentType, UploadLimits>>;
}

const BASE: Required<UploadLimits> = {
  allowedMimeTypes: UPLOAD_MIME_TYPES,
  maxBytes: DEFAULT_MAX_BYTES,
  minWidth: 0,
  minHeight: 0,
};

/** Built-in limits of the document types that differ from `BASE`. */
export const DOCUMENT_TYPE_LIMITS: Readonly<Partial<Record<DocumentType, UploadLimits>>> = {
  [DocumentType.PHOTO]: {
    allowedMimeTypes: ['image/jpeg', 'image/png'],
    maxBytes: PHOTO_MAX_BYTES,
    minWidth: PHOTO_MIN_WIDTH,
    minHeight: PHOTO_MIN_HEIGHT,
  },
};

const pixels = z.number().int().min(0).max(100_000);
const limitsSchema = z.strictObject({
  allowedMimeTypes: z.array(z.enum(UPLOAD_MIME_TYPES)).min(1).optional(),
  maxBytes: z.number().int().min(1).max(MAX_CONFIGURABLE_BYTES).optional(),
  minWidth: pixels.optional(),
  minHeight: pixels.optional(),
});

/** Validates overrides (configuration can embed it in its own schema). */
export const uploadPolicyOverridesSchema = z.strictObject({
  default: limitsSchema.optional(),
  byType: z.partialRecord(z.enum(DocumentType), limitsSchema).optional(),
});

export class UploadPolicyConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid upload limits:\n${problems.join('\n')}`);
    this.name = 'UploadPolicyConfigError';
  }
}

/** Checks overrides once, reporting every problem; `uploadPolicyFor` calls it too. */
export function parseUploadPolicyOverrides(input: unknown): UploadPolicyOverrides {
  const parsed = uploadPolicyOverridesSchema.safeParse(withoutUndefined(input));
  if (!parsed.success) {
    throw new UploadPolicyConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'overrides'}: ${issue.message}`,
      ),
    );
  }
  return parsed.data;
}

/** The rules for one document type under the given configuration overrides. */
export function uploadPolicyFor(
  type: DocumentType,
  overrides: UploadPolicyOverrides = {},
): UploadPolicy {
  if (!Object.values(DocumentType).includes(type)) {
    throw new UploadPolicyConfigError([`unknown document type ${String(type)}`]);
  }
  const o = parseUploadPolicyOverrides(overrides);
  const limits: Required<UploadLimits> = {
    ...BASE,
    ...o.default,
    ...DOCUMENT_TYPE_LIMITS[type],
    ...o.byType?.[type],
  };
  return {
    documentType: type,
    allowedMimeTypes: [...limits.allowedMimeTypes],
    maxBytes: limits.maxBytes,
    minWidth: limits.minWidth,
    minHeight: limits.minHeight,
  };
}

/** The largest size any document type allows: the multipart parser's own `maxFileSize`. */
export function largestMaxBytes(overrides: UploadPolicyOverrides = {}): number {
  return Math.max(
    ...Object.values(DocumentType).map((t) => uploadPolicyFor(t, overrides).maxBytes),
  );
}

/** One document type's limits, in data and in words, for clients to show before upload. */
export interface UploadPolicyDescription {
  documentType: DocumentType;
  allowedMimeTypes: UploadMimeType[];
  /** `PDF`, `JPEG`, `PNG`. */
  allowedFormats: string[];
  /** `.pdf`, `.jpg`, `.jpeg`, `.png`. */
  extensions: string[];
  /** Ready for `<input type="file" accept="…">`. */
  accept: string;
  maxBytes: number;
  /** `maxBytes` for people, rounded down: `5 MiB`. */
  maxSize: string;
  minWidth: number | null;
  minHeight: number | null;
  /** The whole rule in a sentence, in each language the service speaks. */
  summary: { en: string; zhTw: string };
}

export function describeUploadPolicy(policy: UploadPolicy): UploadPolicyDescription {
  const formats = policy.allowedMimeTypes.map((m) => UPLOAD_FORMATS[m].label);
  const extensions = policy.allowedMimeTypes.flatMap((m) => UPLOAD_FORMATS[m].extensions);
  const maxSize = formatBytes(policy.maxBytes);
  const images = policy.allowedMimeTypes.some(isImageMimeType);
  const mixed = images && !policy.allowedMimeTypes.every(isImageMimeType);
  const hasMinimum = images && (policy.minWidth > 0 || policy.minHeight > 0);
  const en = [`${joinWords(formats, ', ', ' or ')}`, `at most ${maxSize}`];
  const zhTw = [`${joinWords(formats, '、', ' 或 ')} 檔`, `檔案大小上限 ${maxSize}`];
  if (hasMinimum) {
    const dims = `${policy.minWidth} × ${policy.minHeight}`;
    en.push(`${mixed ? 'images ' : ''}at least ${dims} pixels (width × height)`);
    zhTw.push(`${mixed ? '圖片' : ''}至少 ${dims} 像素（寬 × 高）`);
  }
  return {
    documentType: policy.documentType,
    allowedMimeTypes: [...policy.allowedMimeTypes],
    allowedFormats: formats,
    extensions,
    accept: [...policy.allowedMimeTypes, ...extensions].join(','),
    maxBytes: policy.maxBytes,
    maxSize,
    minWidth: hasMinimum ? policy.minWidth : null,
    minHeight: hasMinimum ? policy.minHeight : null,
    summary: { en: en.join('; '), zhTw: zhTw.join('；') },
  };
}

/** Every document type's limits under the given overrides, in `DocumentType` order. */
export function uploadPolicyTable(
  overrides: UploadPolicyOverrides = {},
): UploadPolicyDescription[] {
  return Object.values(DocumentType).map((t) =>
    describeUploadPolicy(uploadPolicyFor(t, overrides)),
  );
}

/** The built-in limits, described (configuration may change them: prefer `uploadPolicyTable`). */
export const UPLOAD_POLICY_TABLE: readonly UploadPolicyDescription[] = uploadPolicyTable();

/** Sizes for people, rounded down so the limit is never overstated: `5 MiB`, `1.5 MiB`, `900 KiB`. */
export function formatBytes(bytes: number): string {
  const units = [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size) return `${Math.floor((bytes / size) * 10) / 10} ${unit}`;
  }
  return `${bytes} bytes`;
}

function joinWords(words: readonly string[], separator: string, last: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(separator)}${last}${words.at(-1)}`;
}

/** Drops keys whose value is `undefined` (configuration often builds objects with them). */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, withoutUndefined(v)]),
  );
}
