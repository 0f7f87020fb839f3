import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Compressing the API's own answers per request (GraphQL's JSON, the JSON errors, the dev
 * mailbox's pages), for clients that reach the API without a proxy that compresses
 * (`deploy/nginx.conf` gzips too; a response compressed here passes through it as it is).
 * Brotli (quality 4, the library's default: quality 11 is far too slow per request) when the
 * client accepts it, else gzip.
 */

/**
 * Answers smaller than this are sent as they are: the few bytes saved do not pay for the CPU
 * and the gzip framing (`docs/operations.md`, Compression).
 */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * Which responses are compressed here. Left as they are:
 * - anything already encoded (the built front ends' `.br`/`.gz` copies, `built-app.ts`): the
 *   library itself never encodes twice;
 * - types that do not compress (PDF, JPEG, PNG: the documents and receipts), by the library's
 *   list of compressible types;
 * - responses that answer byte ranges (`Accept-Ranges`, `Content-Range`: files sent from disk),
 *   since ranges count bytes of the uncompressed file and a compressed body would break them.
 */
export function shouldCompress(req: Request, res: Response): boolean {
  if (res.getHeader('Accept-Ranges') !== undefined) return false;
  if (res.getHeader('Content-Range') !== undefined || res.statusCode === 206) return false;
  return compression.filter(req, res);
}

export function responseCompression(): RequestHandler {
  return compression({ threshold: COMPRESSION_THRESHOLD, filter: shouldCompress });
}
