import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError, GraphQLScalarType } from 'graphql';
import GraphQLUploadScalar from 'graphql-upload/GraphQLUpload.mjs';
import graphqlUploadExpress from 'graphql-upload/graphqlUploadExpress.mjs';
import processRequest, { type FileUpload } from 'graphql-upload/processRequest.mjs';
import Upload from 'graphql-upload/Upload.mjs';

export type { FileUpload };

/**
 * The `Upload` scalar, for `@Arg('file', () => GraphQLUpload) file: Promise<FileUpload>`:
 * graphql-upload's, except that a file that never arrives (its part missing from the body, or
 * unparseable, or the request cut off before it) rejects with the coded UPLOAD_INCOMPLETE.
 * type-graphql awaits an argument's promise before the resolver runs, so neither the resolver
 * nor `storeFileUpload` ever sees the parser's uncoded error, which would otherwise be answered
 * as INTERNAL_SERVER_ERROR.
 */
export const GraphQLUpload = new GraphQLScalarType({
  ...GraphQLUploadScalar.toConfig(),
  parseValue(value: unknown) {
    const file = GraphQLUploadScalar.parseValue(value);
    const coded = file.catch((error: unknown) => {
      throw new GraphQLError('The upload did not arrive whole', {
        originalError: error instanceof Error ? error : undefined,
        extensions: { code: 'UPLOAD_INCOMPLETE' },
      });
    });
    // As graphql-upload does for its own promise: a rejection nobody awaits must not crash.
    coded.catch(() => undefined);
    return coded;
  },
});

export interface UploadMiddlewareOptions {
  /** Bytes per file; the parser truncates a longer file and its stream errors with a 413. */
  maxFileSize: number;
  /** Files per request. */
  maxFiles: number;
  /** Bytes for the `operations` and `map` fields (graphql-upload's default: 1 MB). */
  maxFieldSize?: number;
}

/**
 * graphql-upload's Express middleware with its limits always set (it defaults to unlimited) and
 * two gaps closed:
 * - Temporary files: graphql-upload buffers every file to a temporary file, even one no
 *   resolver reads, and only *releases* them when the response closes; a read stream that a
 *   resolver opened and never consumed keeps its file forever. Here every upload's temporary file
 *   is destroyed when the response closes, read streams included (resolvers are done by then:
 *   graphql-upload holds the response until the request has been read).
 * - Malformed bodies: the parser's own errors (a body cut short, a broken part header, no
 *   boundary) carry no HTTP status and would become a 500; here they are a 400, and the rest of
 *   the body is read so that the answer is sent at all.
 * Mount it on the GraphQL path before the JSON body parser and Apollo. Requests that are not
 * multipart pass straight through. Apollo's CSRF prevention still applies to multipart requests
 * (clients send `Apollo-Require-Preflight: true`).
 */
export function uploadMiddleware(options: UploadMiddlewareOptions): RequestHandler {
  const { maxFileSize, maxFiles, maxFieldSize = 1_000_000 } = options;
  for (const [name, value] of Object.entries({ maxFileSize, maxFiles, maxFieldSize })) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`uploadMiddleware: ${name} must be a whole number of at least 1`);
    }
  }
  const handler = graphqlUploadExpress({
    maxFileSize,
    maxFiles,
    maxFieldSize,
    processRequest: async (request, response, processOptions) => {
      const operations = await processRequest(request, response, processOptions);
      response.once('close', () => destroyTemporaryFiles(operations));
      return operations;
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    handler(req, res, (error?: unknown) => {
      if (error === undefined) return next();
      // graphql-upload holds every answer until the request has been read to its end; when the
      // parser could not even start (no boundary in the Content-Type) nothing reads it, and the
      // 400 would wait for ever. Reading the rest of the body lets the answer go.
      req.resume();
      next(asClientError(error));
    });
  };
}

/** Destroys the temporary file of every upload found in the operations (and their streams). */
function destroyTemporaryFiles(operations: unknown): void {
  for (const upload of findUploads(operations)) {
    const file = upload.file as { capacitor?: { destroy(): void } } | undefined;
    file?.capacitor?.destroy();
  }
}

function findUploads(value: unknown, seen = new Set<unknown>(), depth = 0): Upload[] {
  if (value instanceof Upload) return [value];
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 64) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => findUploads(v, seen, depth + 1));
}

/** Errors without an HTTP status come from the multipart parser reading a malformed body. */
function asClientError(error: unknown): unknown {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return error;
  const reason = error instanceof Error ? error.message : String(error);
  return Object.assign(new Error(`Malformed multipart request: ${reason}`, { cause: error }), {
    status: 400,
    statusCode: 400,
    expose: true,
  });
}
