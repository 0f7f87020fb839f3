import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentType } from '../../generated/graphql';
import { toApiError } from '../../graphql/errors';
import { useLocale } from '../../i18n/locale';
import { uploadDocument, type UploadedDocument } from './uploadDocument';

/** The file being sent and how much of it has gone (0 to 1). */
export interface UploadInProgress {
  name: string;
  fraction: number;
}

export type UploadOutcome =
  | { ok: true; document: UploadedDocument }
  /** `message`: the API's words (in the page's language); none when it could not be reached. */
  | { ok: false; message?: string };

/**
 * One upload at a time to a case, with its progress for the page to show. The request is
 * aborted when the page goes away; an aborted upload resolves to `undefined` (nothing to say).
 * `then` runs before the progress is cleared (e.g. reading the case again), so that the page
 * never shows neither the progress nor the uploaded file.
 */
export function useDocumentUpload(amendmentId: string) {
  const { locale } = useLocale();
  const [progress, setProgress] = useState<UploadInProgress>();
  const abort = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => abort.current?.(), []);

  const upload = useCallback(
    async (
      type: DocumentType,
      file: File,
      then?: (document: UploadedDocument) => unknown,
    ): Promise<UploadOutcome | undefined> => {
      setProgress({ name: file.name, fraction: 0 });
      const started = uploadDocument({
        amendmentId,
        type,
        file,
        language: locale,
        onProgress: (fraction) => setProgress({ name: file.name, fraction }),
      });
      abort.current = started.abort;
      try {
        const document = await started.done;
        await then?.(document);
        return { ok: true, document };
      } catch (e) {
        const error = toApiError(e);
        if (error.code === 'ABORTED') return undefined;
        if (error.code === 'NETWORK_ERROR') return { ok: false };
        const words = [error.message, ...error.fields.map((f) => f.message)];
        return { ok: false, message: words.filter(Boolean).join(' ') };
      } finally {
        abort.current = undefined;
        setProgress(undefined);
      }
    },
    [amendmentId, locale],
  );

  return { progress, upload };
}
