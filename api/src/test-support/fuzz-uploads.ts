import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { DocumentType } from '../modules/amendments/amendment-items.js';
import { bearer } from './accounts.js';
import { rawMultipart, type RawPart } from './fuzz-checks.js';
import { INVALID_UTF8 } from './fuzz-values.js';
import { padTo, sampleElf, sampleExe, sampleJpeg, samplePdf, samplePng } from './multipart.js';

/*
 * Upload cases for fuzzing both upload paths (GraphQL multipart and the direct route), and the
 * hand-built requests that carry them: file names, declared types, contents and body shapes.
 */

export const LIMIT = 200_000;
export const PHOTO_LIMIT = 300_000;
export const UPLOAD = `mutation($id: ID!, $type: DocumentType!, $file: Upload!) {
  uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id } }`;

export const SAMPLES: Record<string, Buffer> = {
  pdf: samplePdf(),
  png: samplePng(450, 600),
  jpeg: sampleJpeg(450, 600),
  smallPng: samplePng(40, 40),
  elf: sampleElf(),
  exe: sampleExe(),
  html: Buffer.from('<html><script>alert(document.cookie)</script></html>'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  empty: Buffer.alloc(0),
  truncatedPng: samplePng(450, 600).subarray(0, 400),
  pdfThenExe: Buffer.concat([samplePdf(), sampleExe()]),
};
/**
 * What may be accepted at all, judged as the service does from the leading bytes (a photo: an
 * image large enough). A PNG cut short after its header is accepted too: its dimensions can
 * be read, and image data is not decoded (noted as a limitation, not refused here).
 */
export const ACCEPTABLE = new Set(['pdf', 'png', 'jpeg', 'pdfThenExe', 'smallPng', 'truncatedPng']);

/** Controls, bidirectional overrides and marks, BOM, path separators: never in a stored name. */
export const UNSAFE_IN_NAMES = new RegExp(
  // eslint-disable-next-line no-control-regex
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff/\\\\]',
);
export const utf8 = (s: string) => Buffer.from(s, 'utf8');
const FILE_NAMES: Buffer[] = [
  utf8('lease.pdf'),
  utf8('photo.png'),
  utf8('證明文件.jpeg'),
  utf8('a\u0000b.pdf'),
  utf8('../../../../etc/passwd'),
  utf8('..\\..\\boot.ini'),
  utf8('/etc/shadow'),
  utf8('%2e%2e%2f%2e%2e%2fpasswd.pdf'),
  utf8(`${'x'.repeat(300)}.pdf`),
  utf8(`${'臺'.repeat(3000)}.pdf`),
  utf8('y'.repeat(20_000)),
  utf8('invoice\u202efdp.exe'),
  utf8('\u200f\u2066\ufeff.pdf'),
  utf8(''),
  utf8('..'),
  utf8(' . '),
  utf8('a"b.pdf'),
  utf8('a\r\nContent-Type: text/html\r\n.pdf'),
  utf8('scan.pdf.exe'),
  utf8('<script>alert(1)</script>.pdf'),
  ...INVALID_UTF8.map((b) => Buffer.concat([utf8('scan'), b, utf8('.pdf')])),
  Buffer.from([0xc0, 0xae, 0xc0, 0xae, 0xc0, 0xaf, 0x70, 0x2e, 0x70, 0x64, 0x66]), // overlong ../
];
const DECLARED = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/html',
  'image/svg+xml',
  'application/x-msdownload',
  '',
  'application/pdf\r\nX-Injected: 1',
  'multipart/form-data; boundary=inner',
];
const SHAPES = [
  'whole',
  'truncated',
  'dropped',
  'boundaryMismatch',
  'noBoundary',
  'longBoundary',
  'quotedBoundary',
  'lfOnly',
  'noClose',
  'twoFiles',
  'fileFirst',
  'mixedType',
  'noPreflight',
  'emptyBody',
] as const;
export type Shape = (typeof SHAPES)[number];

export const uploadCase = fc.record({
  via: fc.constantFrom('graphql' as const, 'direct' as const),
  target: fc.oneof(
    { weight: 9, arbitrary: fc.constant('draft') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '00000000-0000-4000-8000-000000000000',
        '..%2F..%2Fx',
        'z'.repeat(3000),
      ),
    },
  ),
  type: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...Object.values(DocumentType)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('NOT_A_TYPE', '', 'PHOTO\u0000', 'photo', 'A'.repeat(300)),
    },
  ),
  filename: fc.constantFrom(...FILE_NAMES),
  declared: fc.constantFrom(...DECLARED),
  content: fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .constantFrom(...Object.keys(SAMPLES))
        .map((k) => ({ kind: k, bytes: SAMPLES[k]! })),
    },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 3000 })
        .map((b) => ({ kind: 'random', bytes: Buffer.from(b) })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(LIMIT, PHOTO_LIMIT), fc.integer({ min: 1, max: 60_000 }))
        .map(([limit, over]) => ({ kind: 'oversize', bytes: padTo(SAMPLES.pdf!, limit + over) })),
    },
  ),
  shape: fc.oneof(
    { weight: 8, arbitrary: fc.constant<Shape>('whole') },
    { weight: 4, arbitrary: fc.constant<Shape>('truncated') },
    { weight: 6, arbitrary: fc.constantFrom<Shape>(...SHAPES.slice(2)) },
  ),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
});
export type UploadCase = typeof uploadCase extends fc.Arbitrary<infer T> ? T : never;

/** The request for a case: path, headers (the caller's token) and the body, byte by byte. */
export function buildUpload(c: UploadCase, draftId: string, token: string) {
  const id = c.target === 'draft' ? draftId : c.target;
  const boundary = `----fuzz${createHash('md5').update(c.filename).digest('hex').slice(0, 12)}`;
  const file: RawPart = {
    name: c.via === 'graphql' ? '0' : 'file',
    filename: c.filename,
    contentType: c.declared,
    body: c.content.bytes,
  };
  const fields: RawPart[] =
    c.via === 'graphql'
      ? [
          {
            name: 'operations',
            body: utf8(
              JSON.stringify({ query: UPLOAD, variables: { id, type: c.type, file: null } }),
            ),
          },
          { name: 'map', body: utf8('{"0":["variables.file"]}') },
        ]
      : [{ name: 'type', body: utf8(c.type) }];
  let parts = [...fields, file];
  if (c.shape === 'fileFirst') parts = [file, ...fields];
  if (c.shape === 'twoFiles')
    parts = [...parts, { ...file, name: c.via === 'graphql' ? '1' : 'file' }];
  const bodyBoundary = c.shape === 'longBoundary' ? 'b'.repeat(200) : boundary;
  let body = rawMultipart(parts, c.shape === 'boundaryMismatch' ? `${boundary}x` : bodyBoundary, {
    lineBreak: c.shape === 'lfOnly' ? '\n' : '\r\n',
    close: c.shape !== 'noClose',
  });
  if (c.shape === 'truncated') body = body.subarray(0, Math.floor(body.length * c.cut));
  if (c.shape === 'emptyBody') body = Buffer.alloc(0);
  const contentType =
    c.shape === 'noBoundary'
      ? 'multipart/form-data'
      : c.shape === 'mixedType'
        ? `multipart/mixed; boundary=${boundary}`
        : c.shape === 'quotedBoundary'
          ? `multipart/form-data; boundary="${bodyBoundary}"`
          : `multipart/form-data; boundary=${bodyBoundary}`;
  const headers: Record<string, string> = {
    ...bearer(token),
    'content-type': contentType,
    ...(c.via === 'graphql' && c.shape !== 'noPreflight'
      ? { 'apollo-require-preflight': 'true' }
      : {}),
  };
  const path = c.via === 'graphql' ? '/graphql' : `/amendments/${id}/documents`;
  // Where the closing delimiter starts: a body cut before it is incomplete (one cut after it is
  // whole, the final line break being optional).
  const end = Math.max(1, body.lastIndexOf(`--${bodyBoundary}--`) - 2);
  return { path, headers, body, end };
}
