import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { createAccount, login, STRONG_PASSWORD } from '../../test-support/accounts.js';

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const post = (path: string, fields: Record<string, string>, lang = 'en') =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': lang },
    body: new URLSearchParams(fields).toString(),
  });

async function tokenFromMail(to: string) {
  const [mail] = await db.sql<{ text_body: string }>(
    'select text_body from outbox_mail where to_address = $1 order by created_at desc limit 1',
    [to],
  );
  return mail!.text_body.match(/token=([\w-]+)/)![1]!;
}

describe('pages behind emailed links', () => {
  it('verify: showing the page changes nothing; confirming it does', async () => {
    await createAccount(db, { accountName: 'linkuser', verified: false });
    await server.post(
      'mutation { resendVerificationEmail(email: "linkuser@test.example") { accepted } }',
    );
    const token = await tokenFromMail('linkuser@test.example');
    const shown = await fetch(`${server.url}/account/verify-email?token=${token}`);
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain(`value="${token}"`);
    expect(html).toContain('lang="zh-Hant-TW"');
    expect(
      (await login(server, 'linkuser', STRONG_PASSWORD)).body.errors?.[0]?.extensions?.code,
    ).toBe('EMAIL_NOT_VERIFIED');
    const done = await post('/account/verify-email', { token });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Your email address is confirmed');
    expect((await login(server, 'linkuser', STRONG_PASSWORD)).body.errors).toBeUndefined();
    const again = await post('/account/verify-email', { token });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('invalid, already used or expired');
  });

  it('forgot and reset: a weak password is refused and the link still works', async () => {
    await createAccount(db, { accountName: 'resetter' });
    expect(
      (await post('/account/forgot-password', { email: 'resetter@test.example' })).status,
    ).toBe(200);
    const token = await tokenFromMail('resetter@test.example');
    const weak = await post(
      '/account/reset-password',
      { token, password: 'password1234' },
      'zh-TW',
    );
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('此密碼過於常見');
    const ok = await post('/account/reset-password', {
      token,
      password: 'resetter picks a long new phrase',
    });
    expect(ok.status).toBe(200);
    expect(
      (await login(server, 'resetter', 'resetter picks a long new phrase')).body.errors,
    ).toBeUndefined();
  });

  it('escapes whatever arrives in the token', async () => {
    const res = await fetch(
      `${server.url}/account/verify-email?token=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`,
    );
    const html = await res.text();
    expect(html).not.toContain('<script>');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
