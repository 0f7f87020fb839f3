import { describe, expect, it } from 'vitest';
import { GoldcardClient, GoldcardError } from '../src/client.js';

interface Sent {
  url: string;
  headers: Headers;
  body: RequestInit['body'];
}

/** A client whose fetch records the request and answers `answer`. */
function clientAnswering(answer: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const client = new GoldcardClient({
    apiUrl: 'https://goldcard.example/',
    apiKey: 'gk_0123456789ab_secret',
    language: 'en',
    fetch: (input, init) => {
      sent.push({
        url: input instanceof Request ? input.url : String(input),
        headers: new Headers(init?.headers),
        body: init?.body,
      });
      return Promise.resolve(answer());
    },
  });
  return { client, sent };
}

/** The body as text (JSON requests) or a form field's text (multipart). */
const text = (value: unknown): string => {
  if (typeof value !== 'string') throw new Error(`expected text, got ${typeof value}`);
  return value;
};

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), {
    status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-12345678' },
  });

describe('GoldcardClient requests', () => {
  it('posts the named operation to <apiUrl>/graphql with the key and the language', async () => {
    const { client, sent } = clientAnswering(() => json({ data: { myAmendments: [] } }));
    expect(await client.myAmendments()).toEqual([]);
    expect(sent[0]!.url).toBe('https://goldcard.example/graphql');
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer gk_0123456789ab_secret');
    expect(sent[0]!.headers.get('accept-language')).toBe('en');
    expect(sent[0]!.headers.get('content-type')).toBe('application/json');
    const body = JSON.parse(text(sent[0]!.body)) as { query: string; operationName: string };
    expect(body.operationName).toBe('MyAmendments');
    expect(body.query).toMatch(/^query MyAmendments \{/);
  });

  it('sends exactly the fragments an operation uses', async () => {
    const { client, sent } = clientAnswering(() => json({ data: { amendment: {} } }));
    await client.amendment('4ba420e1-371a-432d-a4cc-90c8ccca1371');
    const { query } = JSON.parse(text(sent[0]!.body)) as { query: string };
    expect(query).toContain('fragment AmendmentFields on Amendment');
    const { client: other, sent: otherSent } = clientAnswering(() =>
      json({ data: { amendmentRequirements: [] } }),
    );
    await other.requirements();
    expect(JSON.parse(text(otherSent[0]!.body))).not.toHaveProperty(
      'query',
      expect.stringContaining('fragment'),
    );
  });

  it('uploads as a GraphQL multipart request with the preflight header', async () => {
    const { client, sent } = clientAnswering(() =>
      json({ data: { uploadAmendmentDocument: { id: 'd1', type: 'PHOTO' } } }),
    );
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    await client.uploadDocument('case-1', 'PHOTO', { name: 'photo.png', type: 'image/png', bytes });
    const { headers, body } = sent[0]!;
    expect(headers.get('apollo-require-preflight')).toBe('true');
    expect(headers.get('content-type')).toBeNull(); // fetch sets it with the boundary
    expect(body).toBeInstanceOf(FormData);
    const form = body as FormData;
    expect([...form.keys()]).toEqual(['operations', 'map', '0']);
    const operations = JSON.parse(text(form.get('operations'))) as {
      operationName: string;
      variables: Record<string, unknown>;
    };
    expect(operations.operationName).toBe('UploadAmendmentDocument');
    expect(operations.variables).toEqual({ amendmentId: 'case-1', type: 'PHOTO', file: null });
    expect(JSON.parse(text(form.get('map')))).toEqual({ 0: ['variables.file'] });
    const file = form.get('0') as File;
    expect(file.name).toBe('photo.png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });
});

describe('GoldcardClient errors', () => {
  const failure = async (answer: () => Response | Promise<Response>) => {
    const { client } = clientAnswering(answer);
    const error = await client.myAmendments().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GoldcardError);
    return error as GoldcardError;
  };

  it('maps a GraphQL error: code, message, fields, params, request id', async () => {
    const error = await failure(() =>
      json({
        errors: [
          {
            message: 'Some of the information given is not valid. See the fields listed.',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { field: 'input.residence.line', problem: 'REQUIRED', message: 'Required.' },
              ],
            },
          },
        ],
        data: null,
      }),
    );
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Some of the information given is not valid. See the fields listed.',
      fields: [{ field: 'input.residence.line', problem: 'REQUIRED' }],
      params: {},
      requestId: 'req-12345678',
    });
  });

  it('reads RATE_LIMITED from the body whatever the HTTP status', async () => {
    const error = await failure(() =>
      json(
        {
          errors: [
            {
              message: 'Too many attempts. Please wait 60 seconds and try again.',
              extensions: { code: 'RATE_LIMITED', params: { retryAfterSeconds: 60 } },
            },
          ],
        },
        500,
      ),
    );
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterSeconds).toBe(60);
    expect(error.status).toBe(500);
  });

  it('maps HTTP-level refusals, foreign answers and lost connections', async () => {
    expect(
      await failure(() =>
        json({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Too large' } }, 413),
      ),
    ).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
    expect(
      await failure(() => new Response('<html>Bad gateway</html>', { status: 502 })),
    ).toMatchObject({ code: 'UNEXPECTED_RESPONSE', status: 502 });
    expect(await failure(() => Promise.reject(new TypeError('fetch failed')))).toMatchObject({
      code: 'NETWORK_ERROR',
    });
  });
});
