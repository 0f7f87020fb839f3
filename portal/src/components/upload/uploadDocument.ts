import type { DocumentType } from '../../generated/graphql';
import { notifyApiResponse } from '../../graphql/client';
import { ApiError, type FieldProblem } from '../../graphql/errors';

/** The document as the route answers it (api/src/modules/amendments/document-upload.routes.ts). */
export interface UploadedDocument {
  id: string;
  type: DocumentType;
  originalName: string;
  mimeType: string;
  size: number;
}

interface RouteAnswer {
  document?: UploadedDocument;
  error?: { code?: string; message?: string; fields?: FieldProblem[] };
}

/**
 * One file through the streaming route `POST /amendments/:id/documents`: multipart with the
 * `type` field first, then the `file` part; the session cookie (same origin) plus
 * `X-Requested-With`, the route's proof that no cross-site form sent it. XMLHttpRequest rather
 * than fetch: only it reports upload progress. Answers 201 with `{ document }`, or
 * `{ error: { code, message, fields? } }` with the message in `language`; every answer is
 * reported like a GraphQL one, so that the session countdown and an expired session are handled
 * the same way. Failures are `ApiError`s: NETWORK_ERROR when the API could not be reached,
 * ABORTED after `abort()`.
 */
export function uploadDocument({
  amendmentId,
  type,
  file,
  language,
  onProgress,
}: {
  amendmentId: string;
  type: DocumentType;
  file: File;
  language: string;
  onProgress: (fraction: number) => void;
}): { done: Promise<UploadedDocument>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedDocument>((resolve, reject) => {
    xhr.open('POST', `/amendments/${encodeURIComponent(amendmentId)}/documents`);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let answer: RouteAnswer = {};
      try {
        answer = JSON.parse(String(xhr.response)) as RouteAnswer;
      } catch {
        // Not the API's answer (a proxy's page): treated as a failure to reach it below.
      }
      const code = answer.error?.code;
      const date = Date.parse(xhr.getResponseHeader('date') ?? '');
      notifyApiResponse({
        operationName: 'UploadDocument',
        status: xhr.status,
        clockSkewMs: Number.isNaN(date) ? undefined : date - Date.now(),
        codes: code ? [code] : [],
      });
      if (xhr.status === 201 && answer.document) {
        onProgress(1);
        resolve(answer.document);
      } else if (answer.error) {
        reject(
          new ApiError(
            answer.error.message ?? '',
            code ?? 'INTERNAL_SERVER_ERROR',
            answer.error.fields ?? [],
          ),
        );
      } else {
        reject(new ApiError(`HTTP ${xhr.status}`, 'NETWORK_ERROR'));
      }
    };
    xhr.onerror = () => reject(new ApiError('network', 'NETWORK_ERROR'));
    xhr.onabort = () => reject(new ApiError('aborted', 'ABORTED'));
    const body = new FormData();
    // The route reads the type before the file streams: it must come first.
    body.append('type', type);
    body.append('file', file, file.name);
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}
