import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { graphqlMultipart, samplePdf } from '../../test-support/multipart.js';
import { FilesystemDocumentStore } from '../documents/document-store.js';
import { purgeStaleDrafts } from './draft-purge.js';

let db: TestDatabase;
let server: TestServer;
let holders: { ui_number: string; birth: string; passport_number: string; id: string }[];
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 10);
  server = await startTestServer(db);
  holders = await db.sql(
    "select id, ui_number, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number from applicant order by ui_number",
  );
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

async function draftFor(account: string, index: number, items: string[], target = server) {
  await createAccount(db, { accountName: account, locale: 'en' });
  const token = await loginToken(target, account);
  const client = wizard(target, token);
  await client.acceptTerms();
  const h = holders[index]!;
  const res = await client.start({
    uiNumber: h.ui_number,
    birthDate: h.birth,
    passportNumber: h.passport_number,
    alsoChange: items,
  });
  return { client, token, id: res.body.data!.startAmendment.id, holder: h };
}

describe('contact-only changes', () => {
  it('an email change completes once the new address confirms the emailed link', async () => {
    const { client, id, holder } = await draftFor('email-only', 0, ['EMAIL']);
    await client.save(id, { email: 'brand.new@mail.test' });
    const submitted = await client.submit(id, 'email-only-key-1');
    expect(submitted.body.data!.submitAmendment).toMatchObject({
      status: 'SUBMITTED',
      fee: { amount: 0, status: 'NOT_REQUIRED', cardPrinted: false, receiptIssued: false },
    });
    const [mail] = await db.sql<{ text_body: string }>(
      "select text_body from outbox_mail where template = 'AMENDMENT_CONTACT_CONFIRMATION' and to_address = 'brand.new@mail.test'",
    );
    const token = mail!.text_body.match(/token=([\w-]+)/)![1]!;
    const CONFIRM =
      'mutation($t: String!) { confirmAmendmentEmail(token: $t) { applicationNumber status statusLabel } }';
    const confirmed = await server.post(CONFIRM, { t: token }, { 'accept-language': 'en' });
    expect(confirmed.body.data).toMatchObject({
      confirmAmendmentEmail: { status: 'APPROVED', statusLabel: 'Approved' },
    });
    expect(codeOf(await server.post(CONFIRM, { t: token }))).toBe('TOKEN_INVALID');
    const [row] = await db.sql<{ email: string }>('select email from applicant where id = $1', [
      holder.id,
    ]);
    expect(row!.email).toBe('brand.new@mail.test');
    const cards = await db.sql("select 1 from card where applicant_id = $1 and status = 'ACTIVE'", [
      holder.id,
    ]);
    expect(cards).toHaveLength(1); // no new card
    const audit = await db.sql<{ actor_kind: string }>(
      "select actor_kind from audit_event where action = 'amendment.autoApprove' and entity_id = $1",
      [id],
    );
    expect(audit).toEqual([{ actor_kind: 'SYSTEM' }]);
  });

  it('a mobile-only change takes effect at submit', async () => {
    const { client, id, holder } = await draftFor('mobile-only', 1, ['MOBILE']);
    await client.save(id, { mobile: '0911222333' });
    const submitted = await client.submit(id, 'mobile-only-key-1');
    expect(submitted.body.data!.submitAmendment.status).toBe('APPROVED');
    const [row] = await db.sql<{ mobile: string }>('select mobile from applicant where id = $1', [
      holder.id,
    ]);
    expect(row!.mobile).toBe('0911222333');
  });

  it('waits for an officer when the setting is off', async () => {
    const manual = await startTestServer(db, { env: { CONTACT_ONLY_AUTO_COMPLETE: 'false' } });
    try {
      const { client, id } = await draftFor('mobile-manual', 2, ['MOBILE'], manual);
      await client.save(id, { mobile: '0911999888' });
      expect((await client.submit(id, 'mobile-manual-key')).body.data!.submitAmendment.status).toBe(
        'SUBMITTED',
      );
    } finally {
      await manual.close();
    }
  });
});

describe('draft retention', () => {
  it('purges drafts untouched for 30 days, with their files, and keeps the rest', async () => {
    const stale = await draftFor('stale-drafter', 3, ['RESIDENCE_ADDRESS']);
    const upload = await graphqlMultipart(`${server.url}/graphql`, {
      query:
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: PASSPORT, file: $file) { id } }',
      variables: { id: stale.id },
      files: { file: { name: 'p.pdf', type: 'application/pdf', bytes: samplePdf() } },
      headers: bearer(stale.token),
    });
    expect(upload.body.errors).toBeUndefined();
    const fresh = await draftFor('fresh-drafter', 4, ['EMAIL']);
    await db.sql("update amendment set last_edited_at = now() - interval '31 days' where id = $1", [
      stale.id,
    ]);
    await db.sql("update amendment set last_edited_at = now() - interval '29 days' where id = $1", [
      fresh.id,
    ]);
    const expires = await fresh.client.call<{ amendment: { draftExpiresAt: string } }>(
      'query($id: ID!) { amendment(id: $id) { draftExpiresAt } }',
      { id: fresh.id },
    );
    expect(Date.parse(expires.body.data!.amendment.draftExpiresAt) - Date.now()).toBeLessThan(
      1.1 * 86_400_000,
    );
    const files = async () =>
      (await readdir(server.documentDir, { recursive: true, withFileTypes: true })).filter((f) =>
        f.isFile(),
      ).length;
    expect(await files()).toBe(1);
    const purged = await purgeStaleDrafts(
      db.orm,
      new FilesystemDocumentStore(server.documentDir),
      30,
    );
    expect(purged).toBe(1);
    expect(
      await db.sql('select id from amendment where id in ($1, $2)', [stale.id, fresh.id]),
    ).toEqual([{ id: fresh.id }]);
    expect(await files()).toBe(0);
    expect(
      await db.sql(
        "select 1 from audit_event where action = 'amendment.draft.purged' and entity_id = $1",
        [stale.id],
      ),
    ).toHaveLength(1);
    expect(
      await purgeStaleDrafts(db.orm, new FilesystemDocumentStore(server.documentDir), 30),
    ).toBe(0);
  });
});
