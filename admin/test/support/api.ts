import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';

/**
 * The API as other clients use it (no browser): the demo applicant arranges cases over HTTP with
 * a bearer token, as the applicant frontend or an agency's software would.
 */

export const CAPTCHA_ANSWER = 'GC2026';
export const DEMO = {
  officer: { account: 'officer', password: 'Officer-demo-2026' },
  supervisor: { account: 'supervisor', password: 'Supervisor-demo-2026' },
  holder: { account: 'holder', password: 'Holder-demo-2026' },
  holderUiNumber: 'A800000014',
  holderBirthDate: '1985-04-12',
  holderPassport: '561234567',
};

interface GraphQLError {
  message: string;
  extensions?: { code?: string; fields?: { field: string; problem: string }[] };
}

export class ApiClient {
  token?: string;

  constructor(
    readonly baseUrl: string,
    readonly language = 'en',
  ) {}

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.language,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return this.read<T>(response, query);
  }

  private async read<T>(response: Response, what: string): Promise<T> {
    const text = await response.text();
    let body: { data?: T; errors?: GraphQLError[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(`HTTP ${response.status} for ${what.slice(0, 80)}: ${text.slice(0, 300)}`);
    }
    if (body.errors?.length || !body.data) {
      throw new Error(
        `GraphQL error for ${what.trim().slice(0, 80)}: ${JSON.stringify(body.errors ?? body)}`,
      );
    }
    return body.data;
  }

  /** Logs in for a bearer token (`cookie: false`), answering the captcha with the fixed answer. */
  async login(account: string, password: string): Promise<void> {
    const { captcha } = await this.call<{ captcha: { id: string } }>('{ captcha { id } }');
    const { login } = await this.call<{ login: { token: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      {
        input: {
          account,
          password,
          captchaId: captcha.id,
          captchaAnswer: CAPTCHA_ANSWER,
          cookie: false,
        },
      },
    );
    this.token = login.token;
  }

  /** A GraphQL multipart request (the spec's operations/map/file fields) with the CSRF header. */
  async upload<T>(query: string, variables: Record<string, unknown>, file: SampleFile): Promise<T> {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'apollo-require-preflight': 'true',
        'accept-language': this.language,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: form,
    });
    return this.read<T>(response, query);
  }

  uploadDocument(amendmentId: string, type: string, file: SampleFile) {
    return this.upload<{ uploadAmendmentDocument: { id: string } }>(
      'mutation($id: ID!, $type: DocumentType!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id } }',
      { id: amendmentId, type },
      file,
    );
  }
}

export interface SampleFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** A minimal valid one-page PDF with a line of text (correct cross-reference offsets). */
export function samplePdf(text: string): SampleFile {
  const stream = `BT /F1 24 Tf 72 760 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
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
  const name = `${text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`;
  return { name, type: 'application/pdf', bytes: Buffer.from(out, 'latin1') };
}

/** A real RGB PNG (a gradient) of the given size, e.g. a passport photo of 413×531 or more. */
export function samplePng(width: number, height: number, name = 'photo.png'): SampleFile {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * row + 1 + x * 3;
      raw[o] = Math.round((x * 255) / Math.max(1, width - 1));
      raw[o + 1] = Math.round((y * 255) / Math.max(1, height - 1));
      raw[o + 2] = 160;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const bytes = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { name, type: 'image/png', bytes };
}

function chunk(type: string, data: Buffer): Buffer {
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

export interface SubmittedCase {
  id: string;
  applicationNumber: string;
}

/**
 * The demo applicant files a residence-address change and submits it: terms, start, draft,
 * the four required documents, submit.
 */
export async function submitAddressChange(
  holder: ApiClient,
  residence: { city: string; district: string; line: string },
  /** With a new UI number for personal reasons as well, the case owes the reissue fee. */
  options: { withNewUiNumber?: boolean } = {},
): Promise<SubmittedCase> {
  const { amendmentTerms } = await holder.call<{ amendmentTerms: { version: string } }>(
    '{ amendmentTerms { version } }',
  );
  await holder.call('mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }', {
    v: amendmentTerms.version,
  });
  const { startAmendment } = await holder.call<{ startAmendment: { id: string } }>(
    'mutation($input: StartAmendmentInput!) { startAmendment(input: $input) { id } }',
    {
      input: {
        uiNumber: DEMO.holderUiNumber,
        birthDate: DEMO.holderBirthDate,
        passportNumber: DEMO.holderPassport,
        alsoChange: options.withNewUiNumber
          ? ['RESIDENCE_ADDRESS', 'UI_NUMBER_PERSONAL_REASON']
          : ['RESIDENCE_ADDRESS'],
      },
    },
  );
  const id = startAmendment.id;
  await holder.call(
    'mutation($id: ID!, $input: SaveAmendmentDraftInput!) { saveAmendmentDraft(id: $id, input: $input) { id } }',
    { id, input: { residence } },
  );
  await holder.uploadDocument(id, 'PROOF_OF_ADDRESS', samplePdf('Lease for the new address'));
  await holder.uploadDocument(id, 'PASSPORT', samplePdf('Passport data page'));
  await holder.uploadDocument(id, 'CURRENT_CARD', samplePdf('Current Gold Card'));
  await holder.uploadDocument(id, 'PHOTO', samplePng(413, 531));
  if (options.withNewUiNumber) {
    await holder.uploadDocument(id, 'UI_NUMBER_CHANGE_STATEMENT', samplePdf('Statement'));
  }
  const { submitAmendment } = await holder.call<{
    submitAmendment: { id: string; applicationNumber: string; status: string };
  }>(
    'mutation($id: ID!, $key: String!) { submitAmendment(id: $id, idempotencyKey: $key) { id applicationNumber status } }',
    { id, key: randomUUID() },
  );
  if (submitAmendment.status !== 'SUBMITTED') {
    throw new Error(`the case was not submitted: ${JSON.stringify(submitAmendment)}`);
  }
  return { id, applicationNumber: submitAmendment.applicationNumber };
}

/** A holder as the officers' `applicants` list gives it, enough to file for them. */
export interface HolderKey {
  uiNumber: string;
  birthDate: string;
}

/**
 * An agency's software files for holders other than the demo one: it asks for a power of
 * attorney for each (all items), and a supervisor accepts it.
 */
export async function mandateFor(
  agency: ApiClient,
  supervisor: ApiClient,
  holders: HolderKey[],
): Promise<void> {
  const validUntil = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const holder of holders) {
    const { requestMandate } = await agency.upload<{ requestMandate: { id: string } }>(
      'mutation($input: RequestMandateInput!, $file: Upload!) { requestMandate(input: $input, file: $file) { id } }',
      { input: { ...holder, items: [], validUntil } },
      samplePdf('Power of attorney'),
    );
    await supervisor.call('mutation($id: ID!) { verifyMandate(id: $id, approve: true) { id } }', {
      id: requestMandate.id,
    });
  }
  const { amendmentTerms } = await agency.call<{ amendmentTerms: { version: string } }>(
    '{ amendmentTerms { version } }',
  );
  await agency.call('mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }', {
    v: amendmentTerms.version,
  });
}

/**
 * A mandated filer files one change for a holder and submits it: start, draft values, a file for
 * every document of the case's checklist, submit.
 */
export async function fileFor(
  filer: ApiClient,
  holder: HolderKey,
  alsoChange: string[],
  draft: Record<string, unknown>,
): Promise<SubmittedCase> {
  const { startAmendment } = await filer.call<{ startAmendment: { id: string } }>(
    'mutation($i: StartAmendmentInput!) { startAmendment(input: $i) { id } }',
    { i: { ...holder, alsoChange } },
  );
  const id = startAmendment.id;
  await filer.call(
    'mutation($id: ID!, $i: SaveAmendmentDraftInput!) { saveAmendmentDraft(id: $id, input: $i) { id } }',
    { id, i: draft },
  );
  const { amendment } = await filer.call<{ amendment: { checklist: { type: string }[] } }>(
    'query($id: ID!) { amendment(id: $id) { checklist { type } } }',
    { id },
  );
  for (const { type } of amendment.checklist) {
    await filer.uploadDocument(
      id,
      type,
      type === 'PHOTO' ? samplePng(413, 531) : samplePdf(`Document ${type}`),
    );
  }
  const { submitAmendment } = await filer.call<{
    submitAmendment: { applicationNumber: string };
  }>(
    'mutation($id: ID!, $k: String!) { submitAmendment(id: $id, idempotencyKey: $k) { applicationNumber } }',
    { id, k: randomUUID() },
  );
  return { id, applicationNumber: submitAmendment.applicationNumber };
}
