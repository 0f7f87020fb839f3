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
import { Role } from '../../shared/actor.js';
import { Algorithm, hashSync } from '@node-rs/argon2';

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

const ME = '{ me { accountName role } }';
const code = (res: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
  res.body.errors?.[0]?.extensions?.code;

describe('login', () => {
  it('gives a bearer token for 30 minutes that authenticates later requests', async () => {
    await createAccount(db, { accountName: 'ana' });
    const res = await login(server, 'ANA', STRONG_PASSWORD);
    expect(res.body.errors).toBeUndefined();
    const session = res.body.data!.login;
    expect(session.account).toMatchObject({
      accountName: 'ana',
      role: 'APPLICANT',
      emailVerified: true,
    });
    const minutes = (Date.parse(session.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);
    const me = await server.post(ME, {}, bearer(session.token!));
    expect(me.body.data).toEqual({ me: { accountName: 'ana', role: 'APPLICANT' } });
  });

  it('sets an HttpOnly, SameSite=Strict cookie for browsers and does not reveal the token', async () => {
    await createAccount(db, { accountName: 'bob' });
    const res = await login(server, 'bob', STRONG_PASSWORD, { cookie: true });
    expect(res.body.data!.login.token).toBeNull();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^goldcard_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // only outside development and tests
    const me = await server.post(ME, {}, { cookie: cookie.split(';')[0]! });
    expect(me.body.data).toEqual({ me: { accountName: 'bob', role: 'APPLICANT' } });
  });

  it('refuses a wrong captcha answer and never accepts a captcha twice', async () => {
    await createAccount(db, { accountName: 'cho' });
    const wrong = await login(server, 'cho', STRONG_PASSWORD, { captchaAnswer: 'NOPE' });
    expect(code(wrong)).toBe('CAPTCHA_INVALID');
    const captchaId = await newCaptchaId(server);
    expect(code(await login(server, 'cho', STRONG_PASSWORD, { captchaId }))).toBeUndefined();
    expect(code(await login(server, 'cho', STRONG_PASSWORD, { captchaId }))).toBe(
      'CAPTCHA_INVALID',
    );
    // A wrong answer spends the captcha too: no guessing the same image twice.
    const spent = await newCaptchaId(server);
    await login(server, 'cho', STRONG_PASSWORD, { captchaId: spent, captchaAnswer: 'WRONG' });
    expect(code(await login(server, 'cho', STRONG_PASSWORD, { captchaId: spent }))).toBe(
      'CAPTCHA_INVALID',
    );
  });

  it('refuses an expired captcha', async () => {
    await createAccount(db, { accountName: 'cid' });
    const captchaId = await newCaptchaId(server);
    await db.sql("update captcha set expires_at = now() - interval '1 second' where id = $1", [
      captchaId,
    ]);
    expect(code(await login(server, 'cid', STRONG_PASSWORD, { captchaId }))).toBe(
      'CAPTCHA_INVALID',
    );
  });

  it('serves the captcha as an SVG image with an expiry', async () => {
    const res = await server.post<{ captcha: { id: string; image: string; expiresAt: string } }>(
      '{ captcha { id image expiresAt } }',
    );
    const { image, expiresAt } = res.body.data!.captcha;
    expect(image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(image.split(',')[1]!, 'base64').toString()).toMatch(/^<svg/);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(4 * 60_000);
    const [row] = await db.sql<{ answer_hash: string }>(
      'select answer_hash from captcha where id = $1',
      [res.body.data!.captcha.id],
    );
    expect(row!.answer_hash).not.toContain(TEST_CAPTCHA_ANSWER);
  });

  it('locks the account after 5 wrong passwords: the right one is refused until a reset', async () => {
    await createAccount(db, { accountName: 'dan' });
    for (let i = 1; i <= 4; i++) {
      expect(code(await login(server, 'dan', `wrong password ${i}`))).toBe('INVALID_CREDENTIALS');
    }
    expect(code(await login(server, 'dan', 'wrong password 5'))).toBe('ACCOUNT_LOCKED');
    expect(code(await login(server, 'dan', STRONG_PASSWORD))).toBe('ACCOUNT_LOCKED');
    const [row] = await db.sql<{ locked_at: Date | null; failed_login_count: number }>(
      "select locked_at, failed_login_count from account where account_name = 'dan'",
    );
    expect(row!.locked_at).not.toBeNull();
    const mails = await db.sql<{ template: string }>(
      "select template from outbox_mail where to_address = 'dan@test.example'",
    );
    expect(mails.map((m) => m.template)).toContain('ACCOUNT_LOCKED');
    const audit = await db.sql<{ action: string }>(
      "select action from audit_event where action = 'auth.lockout' and entity_id = (select id::text from account where account_name = 'dan')",
    );
    expect(audit).toHaveLength(1);
  });

  it('resets the failure count on success: only consecutive failures lock', async () => {
    await createAccount(db, { accountName: 'eve' });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) await login(server, 'eve', 'not the password at all');
      expect(code(await login(server, 'eve', STRONG_PASSWORD))).toBeUndefined();
    }
  });

  it('answers unknown accounts exactly like wrong passwords, lockout included', async () => {
    await createAccount(db, { accountName: 'fay' });
    const known = await login(server, 'fay', 'wrong password', {
      headers: { 'accept-language': 'en' },
    });
    const unknown = await login(server, 'nobody-here', 'wrong password', {
      headers: { 'accept-language': 'en' },
    });
    expect(unknown.body).toEqual(known.body);
    for (let i = 2; i <= 4; i++) await login(server, 'nobody-here', 'wrong');
    expect(code(await login(server, 'nobody-here', 'wrong'))).toBe('ACCOUNT_LOCKED');
  });

  it('refuses unverified accounts only once the password is right', async () => {
    await createAccount(db, { accountName: 'gus', verified: false });
    expect(code(await login(server, 'gus', 'wrong password'))).toBe('INVALID_CREDENTIALS');
    expect(code(await login(server, 'gus', STRONG_PASSWORD))).toBe('EMAIL_NOT_VERIFIED');
  });

  it('upgrades a password hash made with older parameters at login', async () => {
    const account = await createAccount(db, { accountName: 'hal' });
    // What this service stored before (the reference argon2 at OWASP's first minimum).
    const old = hashSync(STRONG_PASSWORD, {
      algorithm: Algorithm.Argon2id,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    await db.sql('update account set password_hash = $1 where id = $2', [old, account.id]);
    expect(code(await login(server, 'hal', STRONG_PASSWORD))).toBeUndefined();
    const [row] = await db.sql<{ password_hash: string }>(
      'select password_hash from account where id = $1',
      [account.id],
    );
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$/);
  });

  it('rejects malformed input with BAD_USER_INPUT and changes nothing', async () => {
    const before = await db.sql<{ s: number; a: number; c: number }>(
      'select (select count(*)::int from session) s, (select count(*)::int from audit_event) a, (select count(*)::int from captcha where used_at is not null) c',
    );
    const captchaId = await newCaptchaId(server);
    const huge = await server.post(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      {
        input: {
          account: 'x'.repeat(10_000),
          password: 'p',
          captchaId,
          captchaAnswer: TEST_CAPTCHA_ANSWER,
          cookie: false,
        },
      },
      { 'accept-language': 'en' },
    );
    expect(code(huge)).toBe('BAD_USER_INPUT');
    expect(huge.body.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'input.account',
      problem: 'TOO_LONG',
    });
    const notString = await server.post(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      {
        input: {
          account: 'ana',
          password: 12345,
          captchaId,
          captchaAnswer: TEST_CAPTCHA_ANSWER,
          cookie: false,
        },
      },
    );
    expect(notString.status).toBe(400);
    expect(code(notString)).toBe('BAD_USER_INPUT');
    const after = await db.sql(
      'select (select count(*)::int from session) s, (select count(*)::int from audit_event) a, (select count(*)::int from captcha where used_at is not null) c',
    );
    expect(after).toEqual(before);
  });

  it('audits successes and failures with ip and request id, never the password', async () => {
    await createAccount(db, { accountName: 'ida' });
    await login(server, 'ida', 'Secret-wrong-attempt-123', {
      headers: { 'x-request-id': 'audit-check-0001' },
    });
    await login(server, 'ida', STRONG_PASSWORD, {
      headers: { 'x-request-id': 'audit-check-0002' },
    });
    const rows = await db.sql<{
      action: string;
      success: boolean;
      ip: string;
      request_id: string;
      detail: unknown;
    }>(
      "select action, success, ip, request_id, detail from audit_event where request_id like 'audit-check-%' order by at",
    );
    expect(rows.map((r) => [r.action, r.success, r.request_id])).toEqual([
      ['auth.login.failure', false, 'audit-check-0001'],
      ['auth.login.success', true, 'audit-check-0002'],
    ]);
    expect(rows[0]!.ip).toMatch(/127\.0\.0\.1/);
    const all = JSON.stringify(await db.sql('select * from audit_event'));
    expect(all).not.toContain('Secret-wrong-attempt-123');
    expect(all).not.toContain(STRONG_PASSWORD);
  });
});

describe('rate limits shared by replicas', () => {
  it('count login attempts per IP across two API processes on one database', async () => {
    const env = { LOGIN_RATE_LIMIT_PER_IP: '3' };
    const a = await startTestServer(db, { env });
    const b = await startTestServer(db, { env });
    try {
      await db.sql("delete from rate_limit where key like 'login_ip:%'");
      await createAccount(db, { accountName: 'jon' });
      expect(code(await login(a, 'jon', 'wrong'))).toBe('INVALID_CREDENTIALS');
      expect(code(await login(b, 'jon', 'wrong'))).toBe('INVALID_CREDENTIALS');
      expect(code(await login(a, 'jon', 'wrong'))).toBe('INVALID_CREDENTIALS');
      const limited = await login(b, 'jon', STRONG_PASSWORD);
      expect(code(limited)).toBe('RATE_LIMITED');
      expect(limited.body.errors?.[0]?.extensions?.params).toMatchObject({
        retryAfterSeconds: expect.any(Number) as number,
      });
    } finally {
      await a.close();
      await b.close();
      await db.sql("delete from rate_limit where key like 'login_ip:%'");
    }
  });
});

describe('staff accounts', () => {
  it('are created by supervisors only, with a temporary password to change at first login', async () => {
    await createAccount(db, { accountName: 'sup', role: Role.SUPERVISOR });
    await createAccount(db, { accountName: 'off', role: Role.OFFICER });
    const mutation =
      'mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { temporaryPassword account { accountName role } } }';
    const input = {
      account: 'newofficer',
      email: 'new.officer@test.example',
      displayName: '新進 Officer',
      role: 'OFFICER',
    };
    expect(code(await server.post(mutation, { input }))).toBe('UNAUTHENTICATED');
    expect(
      code(await server.post(mutation, { input }, bearer(await loginToken(server, 'off')))),
    ).toBe('FORBIDDEN');
    const created = await server.post<{ createStaffAccount: { temporaryPassword: string } }>(
      mutation,
      { input },
      bearer(await loginToken(server, 'sup')),
    );
    const temporary = created.body.data!.createStaffAccount.temporaryPassword;
    const first = await login(server, 'newofficer', temporary);
    expect(first.body.data!.login.restricted).toBe(true);
    const token = first.body.data!.login.token!;
    expect(code(await server.post('{ applicants { total } }', {}, bearer(token)))).toBe(
      'PASSWORD_EXPIRED',
    );
    const changed = await server.post(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accountName } }',
      { c: temporary, n: 'a long and unusual officer passphrase' },
      bearer(token),
    );
    expect(changed.body.errors).toBeUndefined();
    expect(code(await server.post('{ applicants { total } }', {}, bearer(token)))).toBeUndefined();
  });
});
