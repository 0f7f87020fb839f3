import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

/**
 * GraphQL multipart requests (https://github.com/jaydenseric/graphql-multipart-request-spec)
 * over real HTTP, and real sample files to put in them.
 */

export interface MultipartFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface GraphQLMultipartRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /**
   * Files by variable path: `file`, `input.document`, `files.0`. Each becomes a `map` entry
   * pointing at `variables.<path>`, where the variable is set to `null` as the spec requires.
   */
  files: Record<string, MultipartFile>;
  /** Extra headers. `apollo-require-preflight: true` is sent unless `preflight` is false. */
  headers?: Record<string, string>;
  /** Send the CSRF preflight header Apollo requires for multipart requests (default true). */
  preflight?: boolean;
}

export interface MultipartResponse<T = Record<string, unknown>> {
  status: number;
  /** Parsed JSON, or the raw text when the response is not JSON. */
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: string[];
      extensions?: { code?: string } & Record<string, unknown>;
    }[];
    error?: { code?: string; message?: string };
  } & Record<string, unknown>;
  text: string;
  headers: Headers;
}

/** The `operations` and `map` fields and the files, as a `FormData` in the spec's order. */
export function graphqlMultipartForm(request: GraphQLMultipartRequest): FormData {
  const variables = structuredClone(request.variables ?? {});
  const map: Record<string, string[]> = {};
  Object.keys(request.files).forEach((path, index) => {
    setPath(variables, path.split('.'), null);
    map[String(index)] = [`variables.${path}`];
  });
  const operations = {
    query: request.query,
    variables,
    ...(request.operationName ? { operationName: request.operationName } : {}),
  };
  const form = new FormData();
  form.append('operations', JSON.stringify(operations));
  form.append('map', JSON.stringify(map));
  Object.values(request.files).forEach((file, index) => {
    form.append(String(index), new Blob([file.bytes], { type: file.type }), file.name);
  });
  return form;
}

/** The encoded body and its content type (boundary included), e.g. to send it cut short. */
export async function encodeGraphQLMultipart(
  request: GraphQLMultipartRequest,
): Promise<{ body: Buffer; contentType: string }> {
  const encoded = new Request('http://localhost/', {
    method: 'POST',
    body: graphqlMultipartForm(request),
  });
  const contentType = encoded.headers.get('content-type');
  if (!contentType) throw new Error('FormData was encoded without a content type');
  return { body: Buffer.from(await encoded.arrayBuffer()), contentType };
}

/** Posts a GraphQL multipart request to `url` (the GraphQL endpoint itself). */
export async function graphqlMultipart<T = Record<string, unknown>>(
  url: string,
  request: GraphQLMultipartRequest,
): Promise<MultipartResponse<T>> {
  const headers: Record<string, string> = {
    ...(request.preflight === false ? {} : { 'apollo-require-preflight': 'true' }),
    ...request.headers,
  };
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: graphqlMultipartForm(request),
  });
  return readResponse<T>(res);
}

/** Posts raw bytes (for malformed or truncated multipart bodies). */
export async function postRawMultipart<T = Record<string, unknown>>(
  url: string,
  body: Uint8Array,
  contentType: string,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Promise<MultipartResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': contentType },
    body,
  });
  return readResponse<T>(res);
}

async function readResponse<T>(res: Response): Promise<MultipartResponse<T>> {
  const text = await res.text();
  let body: MultipartResponse<T>['body'];
  try {
    body = JSON.parse(text) as MultipartResponse<T>['body'];
  } catch {
    body = {};
  }
  return { status: res.status, body, text, headers: res.headers };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  path.forEach((segment, i) => {
    if (i === path.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (typeof next !== 'object' || next === null) {
      node[segment] = /^\d+$/.test(path[i + 1] ?? '') ? [] : {};
    }
    node = node[segment] as Record<string, unknown>;
  });
}

// --- Sample files: real, decodable, of any size ---------------------------------------------

/** A minimal valid one-page PDF (correct cross-reference offsets). */
export function samplePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** `file` grown to exactly `size` bytes with trailing padding (still recognised as its type). */
export function padTo(file: Uint8Array, size: number): Buffer {
  if (size < file.length) throw new Error(`cannot pad ${file.length} bytes down to ${size}`);
  return Buffer.concat([file, Buffer.alloc(size - file.length, 0x0a)]);
}

/** A real RGB PNG of the given size (a gradient, so it is not trivially compressible to nothing). */
export function samplePng(width: number, height: number): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const o = y * row + 1 + x * 3;
      raw[o] = (x * 255) / Math.max(1, width - 1);
      raw[o + 1] = (y * 255) / Math.max(1, height - 1);
      raw[o + 2] = 128;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A real baseline JPEG of the given stored size. With `orientation`, an EXIF APP1 segment carries
 * that orientation tag (5 to 8 mean the photo displays rotated by a quarter turn).
 */
export function sampleJpeg(
  width: number,
  height: number,
  options: { orientation?: number } = {},
): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    data[i * 4] = (i % width) % 256;
    data[i * 4 + 1] = Math.floor(i / width) % 256;
    data[i * 4 + 2] = 96;
    data[i * 4 + 3] = 255;
  }
  const encoded = Buffer.from(jpeg.encode({ data, width, height }, 80).data);
  if (options.orientation === undefined) return encoded;
  // Insert APP1 (EXIF, big-endian TIFF, one IFD entry: Orientation) right after SOI.
  const tiff = Buffer.alloc(8 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4); // offset of IFD0
  tiff.writeUInt16BE(1, 8); // one entry
  tiff.writeUInt16BE(0x0112, 10); // Orientation
  tiff.writeUInt16BE(3, 12); // SHORT
  tiff.writeUInt32BE(1, 14); // count
  tiff.writeUInt16BE(options.orientation, 18); // value (left-justified)
  tiff.writeUInt32BE(0, 22); // no next IFD
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([encoded.subarray(0, 2), app1, payload, encoded.subarray(2)]);
}

/** The first bytes of a Linux executable (ELF, x86-64). */
export function sampleElf(): Buffer {
  const b = Buffer.alloc(256);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(b);
  b.writeUInt16LE(2, 16); // executable
  b.writeUInt16LE(0x3e, 18); // x86-64
  return b;
}

/** The first bytes of a Windows executable (MZ header pointing at a PE header). */
export function sampleExe(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}
