import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoldcardClient, GoldcardError } from '../src/client.js';
import { fileCase } from '../src/file-case.js';
import { runCli } from '../src/cli.js';
import { startApi, type ApiServer } from './support/api-server.js';
import { createApiKey, grantMandate, login, revokeMandate } from './support/accounts.js';
import { samplePdf, samplePng } from './support/files.js';

const HOLDER = { uiNumber: 'A800000014', birthDate: '1985-04-12' };

let api: ApiServer;
let holderToken: string;
let apiKey: string;
let mandateId: string;

beforeAll(async () => {
  api = await startApi();
  // The holder, in their own account, authorises the agency.
  holderToken = await login(api.url, 'holder', 'Holder-demo-2026');
  const mandate = await grantMandate(api.url, holderToken, 'agency');
  expect(mandate).toMatchObject({ status: 'ACTIVE', activeNow: true });
  mandateId = mandate.id;
  // The agency's staff create a key for their software.
  apiKey = await createApiKey(api.url, await login(api.url, 'agency', 'Agency-demo-2026'));
  expect(apiKey).toMatch(/^gk_[0-9a-f]{12}_/);
});

afterAll(async () => {
  await api?.stop();
});

describe('an agency’s software with an API key and the client library only', () => {
  let caseId: string;
  let applicationNumber: string;

  it('files an address change end to end, retrying a submit whose answer was lost with the same key', async () => {
    // A network that loses the answer to the first submit after the server has processed it.
    const submits: { idempotencyKey: string; lost: boolean }[] = [];
    const flakyFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (typeof init?.body === 'string') {
        const body = JSON.parse(init.body) as {
          operationName?: string;
          variables?: { idempotencyKey?: string };
        };
        if (body.operationName === 'SubmitAmendment') {
          const lost = submits.length === 0;
          submits.push({ idempotencyKey: body.variables!.idempotencyKey!, lost });
          if (lost) throw new TypeError('fetch failed (connection reset)');
        }
      }
      return response;
    };
    const client = new GoldcardClient({
      apiUrl: api.url,
      apiKey,
      language: 'en',
      fetch: flakyFetch,
    });

    const filed = await fileCase(client, {
      holder: HOLDER,
      residence: { city: '新北市', district: '板橋區', line: '文化路一段1號3樓' },
      documents: {
        PROOF_OF_ADDRESS: { name: 'lease.pdf', type: 'application/pdf', bytes: samplePdf() },
        PASSPORT: { name: 'passport.pdf', type: 'application/pdf', bytes: samplePdf() },
        CURRENT_CARD: { name: 'card.pdf', type: 'application/pdf', bytes: samplePdf() },
        PHOTO: { name: 'photo.png', type: 'image/png', bytes: samplePng(450, 580) },
      },
    });

    expect(filed.applicationNumber).toMatch(/^GC\d{4}-\d{7}$/);
    expect(filed.status).toBe('SUBMITTED');
    expect(filed.fee).toBe(0);
    // Two submits, one key: the second got the first one's result.
    expect(submits).toHaveLength(2);
    expect(submits[1]!.idempotencyKey).toBe(submits[0]!.idempotencyKey);
    caseId = filed.id;
    applicationNumber = filed.applicationNumber;

    const reader = new GoldcardClient({ apiUrl: api.url, apiKey, language: 'en' });
    const stored = await reader.amendment(caseId);
    expect(stored).toMatchObject({ applicationNumber, status: 'SUBMITTED', filedByRole: 'AGENCY' });
    expect(stored.requested.residence).toMatchObject({ city: '新北市', district: '板橋區' });
    expect(stored.checklist.every((entry) => entry.uploaded === 1)).toBe(true);
    // Filed once: a single move from DRAFT to SUBMITTED on the timeline.
    expect(stored.events.filter((e) => e.toStatus === 'SUBMITTED')).toHaveLength(1);
    expect((await reader.myAmendments()).map((a) => a.applicationNumber)).toContain(
      applicationNumber,
    );
  });

  it('maps GraphQL errors to a typed GoldcardError with code, message and params', async () => {
    const client = new GoldcardClient({ apiUrl: api.url, apiKey, language: 'en' });
    const error = await client.startAmendment({ ...HOLDER, alsoChange: ['EMAIL'] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GoldcardError);
    expect(error).toMatchObject({
      code: 'AMENDMENT_ALREADY_OPEN',
      params: { amendmentId: caseId },
      fields: [],
    });
    expect((error as GoldcardError).message).toContain('already has an open amendment');

    const requirements = await client.requirements();
    const photo = requirements
      .find((r) => r.item === 'RESIDENCE_ADDRESS')
      ?.documents.find((d) => d.type === 'PHOTO');
    expect(photo).toMatchObject({ minWidth: 413, minHeight: 531, maxBytes: 2 * 1024 * 1024 });
  });

  it('offers the same calls on the command line', async () => {
    const out: string[] = [];
    const code = await runCli(
      ['list'],
      { GOLDCARD_API_URL: api.url, GOLDCARD_API_KEY: apiKey, GOLDCARD_LANGUAGE: 'en' },
      { out: (text) => out.push(text), err: (text) => out.push(text) },
    );
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toContainEqual(
      expect.objectContaining({ id: caseId, applicationNumber }),
    );
  });

  it('is refused with FORBIDDEN as soon as the holder revokes the mandate', async () => {
    expect(await revokeMandate(api.url, holderToken, mandateId)).toEqual({ status: 'REVOKED' });
    const client = new GoldcardClient({ apiUrl: api.url, apiKey, language: 'en' });
    const error = await client.amendment(caseId).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GoldcardError);
    expect((error as GoldcardError).code).toBe('FORBIDDEN');
    await expect(client.startAmendment({ ...HOLDER, alsoChange: ['EMAIL'] })).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    expect(await client.myAmendments()).toEqual([]);
  });

  it('gets UNAUTHENTICATED with a key that does not exist', async () => {
    const client = new GoldcardClient({ apiUrl: api.url, apiKey: 'gk_000000000000_forged' });
    await expect(client.myAmendments()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
