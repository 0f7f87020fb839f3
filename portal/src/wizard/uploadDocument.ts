import { notifyApiResponse } from '../graphql/client';
import { ApiError, type FieldProblem } from '../graphql/errors';
import type { DocumentType } from '../generated/graphql';

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
 * One file through the streaming route `POST /amendments/:id/documents`
 * (api/src/modules/amendments/document-upload.routes.ts): multipart with the `type` field first,
 * then the `file` part; the session cookie plus `X-Requested-With` (a header a cross-site form
 * cannot send). XMLHttpRequest rather than fetch, for the upload's progress. Answers 201 with
 * `{ document }`, or `{ error: { code, message, fields? } }` with the message in `language`.
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
      // The session countdown learns of the activity (or of the session's end) as from GraphQL.
      notifyApiResponse({
        operationName: 'WizardUploadDocument',
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

/** 1.2 MB, 330 KB: sizes as the limits are written (1 MB = 1,048,576 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
