import type { DocumentType } from '../generated/graphql';
import { notifyApiResponse } from '../graphql/client';
import { ApiError, type FieldProblem } from '../graphql/errors';
import type { Locale } from '../i18n/locale';

export interface UploadedDocument {
  id: string;
  type: DocumentType;
  originalName: string;
  size: number;
}

interface RouteAnswer {
  document?: UploadedDocument;
  error?: { code: string; message: string; fields?: FieldProblem[] };
}

/**
 * One file to the streaming upload route `POST /amendments/:id/documents` (the type first, then
 * the file), with progress. XMLHttpRequest rather than fetch: only it reports upload progress.
 * The session cookie goes along (same origin); `X-Requested-With` is the route's proof that no
 * cross-site form sent it. Every answer is reported like a GraphQL one, so that the session
 * countdown and an expired session are handled the same way.
 */
export function uploadDocument(
  amendmentId: string,
  type: DocumentType,
  file: File,
  locale: Locale,
  onProgress: (fraction: number) => void,
): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/amendments/${encodeURIComponent(amendmentId)}/documents`);
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('Accept-Language', locale);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError('network', 'NETWORK_ERROR'));
    request.onload = () => {
      let answer: RouteAnswer = {};
      try {
        answer = JSON.parse(request.responseText) as RouteAnswer;
      } catch {
        // Not JSON (a proxy's error page): reported below as a failure without a code.
      }
      const code = answer.error?.code;
      notifyApiResponse({
        operationName: 'CasesUploadDocument',
        status: request.status,
        codes: code ? [code] : [],
      });
      if (request.status === 201 && answer.document) {
        onProgress(1);
        resolve(answer.document);
      } else if (answer.error) {
        reject(new ApiError(answer.error.message, answer.error.code, answer.error.fields ?? []));
      } else {
        reject(new ApiError(`HTTP ${request.status}`, 'NETWORK_ERROR'));
      }
    };
    const body = new FormData();
    body.append('type', type);
    body.append('file', file, file.name);
    request.send(body);
  });
}
