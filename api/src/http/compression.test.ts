import { request, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOLDER } from '../db/seeders/demo.js';
import { Role } from '../shared/actor.js';
import { bearer, createAccount, loginToken } from '../test-support/accounts.js';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { fakeBuild, type FakeBuild } from '../test-support/fake-build.js';
import { seedFixtureHolders } from '../test-support/fixtures.js';
import { graphqlMultipart, padTo, samplePdf } from '../test-support/multipart.js';
import { startTestServer, type TestServer } from '../test-support/server.js';
import { wizard } from '../test-support/wizard.js';
import { COMPRESSION_THRESHOLD } from './compression.js';

/*
 * Per-request compression over real HTTP: the API's JSON is compressed when the client asks,
 * while documents and the front ends' files (compressed at build time) are sent as they are.
 */

let db: TestDatabase;
let server: TestServer;
let portal: FakeBuild;
let holderToken: string;
let documentId: string;
// Padding keeps it a PDF and makes it far bigger than the threshold (and very compressible).
const pdf = padTo(samplePdf(), 64 * 1024);

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 1);
  portal = await fakeBuild('portal');
  server = await startTestServer(db, { portalDistDir: portal.dir });
  await createAccount(db, { accountName: 'holder', role: Role.APPLICANT, locale: 'en' });
  holderToken = await loginToken(server, 'holder');
  const holder = wizard(server, holderToken);
  await holder.acceptTerms();
  const started = await holder.start({
    uiNumber: DEMO_HOLDER.uiNumber,
    birthDate: DEMO_HOLDER.birthDate,
    passportNumber: DEMO_HOLDER.passport.number,
    alsoChange: ['COLLECTION_PLACE'],
  });
  expect(started.body.errors).toBeUndefined();
  const caseId = started.body.data!.startAmendment.id;
  const uploaded = await graphqlMultipart<{ uploadAmendmentDocument: { id: string } }>(
    `${server.url}/graphql`,
    {
      query: `mutation($id: ID!, $file: Upload!) {
        uploadAmendmentDocument(amendmentId: $id, type: PROOF_OF_ADDRESS, file: $file) { id } }`,
      variables: { id: caseId },
      files: { file: { name: 'lease.pdf', type: 'application/pdf', bytes: pdf } },
      headers: bearer(holderToken),
    },
  );
  expect(uploaded.body.errors).toBeUndefined();
  documentId = uploaded.body.data!.uploadAmendmentDocument.id;
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
  await portal?.remove();
});

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request over plain node:http: bodies exactly as sent (fetch would decompress them). */
function raw(
  pathAndQuery: string,
  headers: Record<string, string>,
  method = 'GET',
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${pathAndQuery}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Every type's name and description: several kilobytes of JSON, from a development server.
const LARGE = '{ __schema { types { name description } } }';
const graphql = (query: string, acceptEncoding: string) =>
  raw(
    '/graphql',
    { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
    'POST',
    JSON.stringify({ query }),
  );

describe('compression of the API’s answers', () => {
  it('compresses a large GraphQL answer with brotli or gzip, as the client asks', async () => {
    const plain = await graphql(LARGE, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(4 * COMPRESSION_THRESHOLD);
    const answer = JSON.parse(plain.body.toString()) as { data: { __schema: unknown } };
    expect(answer.data.__schema).toBeTruthy();

    // Browsers list gzip first and br later: brotli still wins.
    const br = await graphql(LARGE, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-length']).toBeUndefined();
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(answer);

    const gzip = await graphql(LARGE, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(answer);

    // Refusing every coding (q=0) gets the plain answer too.
    const refused = await graphql(LARGE, 'gzip;q=0, br;q=0');
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(refused.body.toString())).toEqual(answer);
  });

  it('sends answers below the threshold as they are', async () => {
    const small = await graphql('{ __typename }', 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('sends a document as it was stored: never recompressed, with its length', async () => {
    const res = await raw(`/documents/${documentId}`, {
      ...bearer(holderToken),
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-length']).toBe(String(pdf.length));
    expect(res.body.equals(pdf)).toBe(true);
  });

  it('leaves the front ends’ files to their build-time copies, byte ranges intact', async () => {
    const asset = `/assets/${portal.asset.name}`;
    // Only a coding the build has no copy of: the file itself, still answering ranges.
    const deflateOnly = await raw(asset, { 'accept-encoding': 'deflate' });
    expect(deflateOnly.headers['content-encoding']).toBeUndefined();
    expect(deflateOnly.headers['accept-ranges']).toBe('bytes');
    expect(deflateOnly.body.toString()).toBe(portal.asset.body);

    const part = await raw(asset, { 'accept-encoding': 'deflate', range: 'bytes=0-99' });
    expect(part.status).toBe(206);
    expect(part.headers['content-encoding']).toBeUndefined();
    expect(part.body.toString()).toBe(portal.asset.body.slice(0, 100));

    // The brotli copy from the build, not a second compression of it.
    const br = await raw(asset, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(portal.asset.body);
  });
});
