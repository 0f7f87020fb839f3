/**
 * Why an upload was not stored. Each code is stable (clients branch on it); `params` fill the
 * message's placeholders and hold only strings and numbers, so they map straight onto an API error.
 */
export interface UploadErrorParams {
  /** More bytes than the document type allows (counted as they arrive, not from headers). */
  FILE_TOO_LARGE: { maxBytes: number };
  /** Zero bytes. */
  FILE_EMPTY: Record<string, never>;
  /**
   * What the bytes are (not what the name or the declared type say) is not allowed for this
   * document type. `detectedType` is a MIME type, or `unknown` when the bytes match no known format.
   */
  FILE_TYPE_NOT_ALLOWED: { detectedType: string; allowedTypes: string };
  /** Starts like an allowed image but its dimensions cannot be read: corrupt or truncated. */
  FILE_UNREADABLE: { detectedType: string };
  /** A photo smaller than the minimum (width × height, in pixels, after EXIF rotation). */
  IMAGE_TOO_SMALL: { width: number; height: number; minWidth: number; minHeight: number };
  /** The upload did not arrive whole: the request was cut off, malformed or aborted. */
  UPLOAD_INCOMPLETE: Record<string, never>;
}

export type UploadErrorCode = keyof UploadErrorParams;

export const UPLOAD_ERROR_CODES = [
  'FILE_TOO_LARGE',
  'FILE_EMPTY',
  'FILE_TYPE_NOT_ALLOWED',
  'FILE_UNREADABLE',
  'IMAGE_TOO_SMALL',
  'UPLOAD_INCOMPLETE',
] as const satisfies readonly UploadErrorCode[];

const MESSAGES: { [C in UploadErrorCode]: (p: UploadErrorParams[C]) => string } = {
  FILE_TOO_LARGE: (p) => `The file is larger than the ${p.maxBytes} bytes allowed`,
  FILE_EMPTY: () => 'The file is empty',
  FILE_TYPE_NOT_ALLOWED: (p) =>
    `The file is ${p.detectedType === 'unknown' ? 'of an unrecognised type' : p.detectedType}; allowed: ${p.allowedTypes}`,
  FILE_UNREADABLE: (p) => `The file starts like ${p.detectedType} but cannot be read`,
  IMAGE_TOO_SMALL: (p) =>
    `The image is ${p.width}×${p.height} px; at least ${p.minWidth}×${p.minHeight} px is required`,
  UPLOAD_INCOMPLETE: () => 'The upload did not arrive whole',
};

/**
 * A refused or failed upload. Deliberately not the app's `AppError`: the API layer maps `code`
 * and `params` onto its own errors. Anything that is not an `UploadError` (a full disk, a store
 * outage) is the server's fault and is rethrown untouched.
 */
export class UploadError<C extends UploadErrorCode = UploadErrorCode> extends Error {
  constructor(
    readonly code: C,
    readonly params: UploadErrorParams[C],
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[code](params), options);
    this.name = 'UploadError';
  }
}

/** Any `UploadError`, as a union over the codes: `switch (error.code)` narrows `error.params`. */
export type AnyUploadError = { [C in UploadErrorCode]: UploadError<C> }[UploadErrorCode];

export function isUploadError(error: unknown): error is AnyUploadError {
  return error instanceof UploadError;
}
