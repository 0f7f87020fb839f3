// Upload bodies: a real PDF of any size, as a GraphQL multipart request or a plain form.
import { UPLOAD } from './graphql.mjs';

/** A minimal valid one-page PDF (correct cross-reference offsets), as the API's tests build it. */
export function samplePdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = [];
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

/** The sample PDF grown to exactly `size` bytes with trailing newlines (still a PDF). */
export function pdfOfSize(size) {
  const pdf = samplePdf();
  return Buffer.concat([pdf, Buffer.alloc(size - pdf.length, 0x0a)]);
}

export const BOUNDARY = '----goldcard-bench-7d3f9a2c41';
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

const field = (name, value) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (name, filename, type) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
const TAIL = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/**
 * The parts around the file, so a request body is `[head, file, TAIL]` without copying the
 * file into a new buffer per request.
 */
export function graphqlUploadHead(amendmentId, type) {
  const operations = JSON.stringify({
    query: UPLOAD,
    variables: { amendmentId, type, file: null },
  });
  return Buffer.from(
    field('operations', operations) +
      field('map', JSON.stringify({ 0: ['variables.file'] })) +
      fileHead('0', 'passport.pdf', 'application/pdf'),
  );
}

/** The direct route's form: the `type` field first, then the `file` part. */
export function formUploadHead(type) {
  return Buffer.from(field('type', type) + fileHead('file', 'passport.pdf', 'application/pdf'));
}

export const multipartBody = (head, file) => Buffer.concat([head, file, TAIL]);
export const multipartTail = TAIL;
