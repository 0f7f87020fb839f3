import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import {
  startTestServer,
  TEST_CAPTCHA_ANSWER,
  type TestServer,
} from '../../test-support/server.js';
import {
  bearer,
  createAccount,
  login,
  loginToken,
  newCaptchaId,
  STRONG_PASSWORD,
} from '../../test-support/accounts.js';

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

const code = (res: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
  res.body.errors?.[0]?.extensions?.code;

const REGISTER =
  'mutation($input: RegisterInput!) { register(input: $input) { accepted message } }';

async function register(input: Record<string, unknown>, headers: Record<string, string> = {}) {
  return server.post(
    REGISTER,
    {
      input: {
        role: 'APPLICANT',
        displayName: 'Test Person',
        password: STRONG_PASSWORD,
        captchaId: await newCaptchaId(server),
        captchaAnswer: TEST_CAPTCHA_ANSWER,
        ...input,
      },
    },
    headers,
  );
}

/** The newest mail queued for an address, with the token of the first link in it. */
async function lastMail(to: string) {
  const [mail] = await db.sql<{
    template: string;
    subject: string;
    text_body: string;
    locale: string;
  }>(
    'select template, subject, text_body, locale from outbox_mail where to_address = $1 order by created_at desc limit 1',
    [to],
  );
  const token = mail?.text_body.match(/token=([\w-]+)/)?.[1];
  return { ...mail, token };
}

const mailCount = async () =>
  (await db.sql<{ n: number }>('select count(*)::int n from outbox_mail'))[0]!.n;

describe('registration', () => {
  it('creates an account usable only after the emailed link is used, once', async () => {
    const res = await register({
      account: 'Newcomer',
      email: 'newcomer@test.example',
      locale: 'en',
    });
    expect(res.body.data).toMatchObject({ register: { accepted: true } });
    const mail = await lastMail('newcomer@test.example');
    expect(mail).toMatchObject({ template: 'EMAIL_VERIFICATION', locale: 'en' });
    expect(mail.token).toBeDefined();
    expect(code(await login(server, 'newcomer', STRONG_PASSWORD))).toBe('EMAIL_NOT_VERIFIED');
    const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) { accepted } }';
    expect((await server.post(VERIFY, { t: mail.token })).body.errors).toBeUndefined();
    expect(code(await server.post(VERIFY, { t: mail.token }))).toBe('TOKEN_INVALID');
    expect(code(await login(server, 'newcomer', STRONG_PASSWORD))).toBeUndefined();
    const stored = await db.sql<{ token_hash: string }>('select token_hash from account_token');
    expect(JSON.stringify(stored)).not.toContain(mail.token!);
  });

  it('writes the verification mail in the chosen language (zh-TW by default)', async () => {
    await register({ account: 'zhuser', email: 'zhuser@test.example' });
    expect(await lastMail('zhuser@test.example')).toMatchObject({ locale: 'zh-TW' });
  });

  it('answers identically for a known and an unknown email; the owner gets a notice instead', async () => {
    await createAccount(db, { accountName: 'owner' });
    const known = await register({ account: 'someoneelse', email: 'owner@test.example' });
    const unknown = await register({ account: 'freshname', email: 'fresh@test.example' });
    expect(known.body).toEqual(unknown.body);
    expect(await db.sql("select 1 from account where account_name = 'someoneelse'")).toHaveLength(
      0,
    );
    expect((await lastMail('owner@test.example')).template).toBe('EMAIL_ALREADY_REGISTERED');
  });

  it('refuses a taken account name, weak passwords, staff roles and malformed input, changing nothing', async () => {
    await createAccount(db, { accountName: 'takenname' });
    const before = await mailCount();
    const taken = await register({ account: 'TakenName', email: 'other@test.example' });
    expect(taken.body.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'input.account', problem: 'ACCOUNT_NAME_UNAVAILABLE' },
    ]);
    const weak = await register({
      account: 'weakling',
      email: 'weak@test.example',
      password: 'password1234',
    });
    expect(weak.body.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'input.password', problem: 'PASSWORD_TOO_WEAK' },
    ]);
    const mine = await register({
      account: 'guessable',
      email: 'guessable@test.example',
      password: 'guessable@test.example',
    });
    expect(mine.body.errors?.[0]?.extensions?.fields).toMatchObject([
      { problem: 'PASSWORD_TOO_WEAK' },
    ]);
    const staff = await register({
      account: 'wannabe',
      email: 'wannabe@test.example',
      role: 'OFFICER',
    });
    expect(staff.body.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'input.role', problem: 'INVALID_VALUE' },
    ]);
    const company = await register({
      account: 'hrdept',
      email: 'hr@test.example',
      role: 'EMPLOYER',
    });
    expect(company.body.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'input.organisationName', problem: 'REQUIRED' },
    ]);
    const bad = await register(
      { account: 'x'.repeat(10_000), email: 'not-an-email', displayName: '' },
      { 'accept-language': 'en' },
    );
    expect(code(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.body.errors?.[0]?.extensions?.fields
      ?.map((f) => `${f.field}:${f.problem}`)
      .sort();
    expect(fields).toEqual([
      'input.account:TOO_LONG',
      'input.displayName:REQUIRED',
      'input.email:INVALID_EMAIL',
    ]);
    expect(await mailCount()).toBe(before);
    expect(
      await db.sql(
        "select 1 from account where account_name in ('weakling','guessable','wannabe','hrdept')",
      ),
    ).toHaveLength(0);
  });

  it('resends verification: the new link works, the old one no longer does', async () => {
    await register({ account: 'slowreader', email: 'slow@test.example' });
    const first = await lastMail('slow@test.example');
    const RESEND =
      'mutation($e: String!) { resendVerificationEmail(email: $e) { accepted message } }';
    const known = await server.post(RESEND, { e: 'slow@test.example' });
    const unknown = await server.post(RESEND, { e: 'nobody@test.example' });
    expect(known.body).toEqual(unknown.body);
    const second = await lastMail('slow@test.example');
    expect(second.token).not.toBe(first.token);
    const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) { accepted } }';
    expect(code(await server.post(VERIFY, { t: first.token }))).toBe('TOKEN_INVALID');
    expect(code(await server.post(VERIFY, { t: second.token }))).toBeUndefined();
  });
});

describe('recovery', () => {
  const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) { accepted message } }';
  const RESET =
    'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { accepted } }';

  it('answers identically for known and unknown emails and mails only the known one', async () => {
    await createAccount(db, { accountName: 'tess' });
    const before = await mailCount();
    const known = await server.post(
      REQUEST,
      { e: 'TESS@test.example' },
      { 'accept-language': 'en' },
    );
    const unknown = await server.post(
      REQUEST,
      { e: 'ghost@test.example' },
      { 'accept-language': 'en' },
    );
    expect(known.body).toEqual(unknown.body);
    expect(await mailCount()).toBe(before + 1);
    expect((await lastMail('tess@test.example')).template).toBe('PASSWORD_RESET');
  });

  it('resets with a single-use token, unlocks a locked account and ends its sessions', async () => {
    await createAccount(db, { accountName: 'uma' });
    const session = await loginToken(server, 'uma');
    for (let i = 0; i < 5; i++) await login(server, 'uma', 'wrong wrong wrong');
    expect(code(await login(server, 'uma', STRONG_PASSWORD))).toBe('ACCOUNT_LOCKED');
    await server.post(REQUEST, { e: 'uma@test.example' });
    const { token } = await lastMail('uma@test.example');
    const weak = await server.post(RESET, { t: token, p: 'qwertyuiop12' });
    expect(code(weak)).toBe('BAD_USER_INPUT'); // and the link still works:
    expect(
      code(await server.post(RESET, { t: token, p: 'uma has a new long passphrase' })),
    ).toBeUndefined();
    expect(code(await server.post(RESET, { t: token, p: 'and tries it a second time' }))).toBe(
      'TOKEN_INVALID',
    );
    expect(code(await server.post('{ me { accountName } }', {}, bearer(session)))).toBe(
      'UNAUTHENTICATED',
    );
    expect(code(await login(server, 'uma', 'uma has a new long passphrase'))).toBeUndefined();
  });

  it('refuses an expired reset token', async () => {
    await createAccount(db, { accountName: 'vic' });
    await server.post(REQUEST, { e: 'vic@test.example' });
    const { token } = await lastMail('vic@test.example');
    await db.sql(
      "update account_token set expires_at = now() - interval '1 second' where purpose = 'RESET_PASSWORD'",
    );
    expect(code(await server.post(RESET, { t: token, p: 'vic wanted a new passphrase' }))).toBe(
      'TOKEN_INVALID',
    );
  });

  it('issues reset links valid for 30 minutes', async () => {
    await createAccount(db, { accountName: 'wes' });
    await server.post(REQUEST, { e: 'wes@test.example' });
    const [row] = await db.sql<{ minutes: number }>(
      "select extract(epoch from (t.expires_at - t.created_at)) / 60 as minutes from account_token t join account a on a.id = t.account_id where a.account_name = 'wes'",
    );
    expect(Math.round(Number(row!.minutes))).toBe(30);
  });

  it('mails the account name to its address, and says the same for unknown addresses', async () => {
    await createAccount(db, { accountName: 'xena-2026' });
    const RECOVER = 'mutation($e: String!) { recoverAccountName(email: $e) { accepted message } }';
    const known = await server.post(RECOVER, { e: 'xena-2026@test.example' });
    const unknown = await server.post(RECOVER, { e: 'nope@test.example' });
    expect(known.body).toEqual(unknown.body);
    const mail = await lastMail('xena-2026@test.example');
    expect(mail.template).toBe('ACCOUNT_NAME_REMINDER');
    expect(mail.text_body).toContain('xena-2026');
  });

  it('rate-limits recovery requests per address', async () => {
    const strict = await startTestServer(db, { env: { RECOVERY_RATE_LIMIT_PER_EMAIL: '2' } });
    try {
      for (let i = 0; i < 2; i++)
        expect(code(await strict.post(REQUEST, { e: 'flood@test.example' }))).toBeUndefined();
      expect(code(await strict.post(REQUEST, { e: 'flood@test.example' }))).toBe('RATE_LIMITED');
    } finally {
      await strict.close();
    }
  });
});
