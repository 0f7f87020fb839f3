import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import {
  bearer,
  createAccount,
  login,
  loginToken,
  STRONG_PASSWORD,
} from '../../test-support/accounts.js';
import { Role } from '../../shared/actor.js';

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
const SESSION = '{ session { expiresAt restricted account { accountName } } }';
const CHANGE =
  'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accountName passwordExpiresAt } }';

async function expiresAtOf(token: string): Promise<number> {
  const res = await server.post<{ session: { expiresAt: string } }>(SESSION, {}, bearer(token));
  return Date.parse(res.body.data!.session.expiresAt);
}

describe('sessions', () => {
  it('are refused one second after they expire, with SESSION_EXPIRED (not a generic refusal)', async () => {
    await createAccount(db, { accountName: 'kim' });
    const token = await loginToken(server, 'kim');
    expect(code(await server.post('{ me { accountName } }', {}, bearer(token)))).toBeUndefined();
    await db.sql(
      "update session set expires_at = now() - interval '1 second' where account_id = (select id from account where account_name = 'kim')",
    );
    const refused = await server.post('{ me { accountName } }', {}, bearer(token));
    expect(code(refused)).toBe('SESSION_EXPIRED');
    expect(code(await server.post(SESSION, {}, bearer(token)))).toBe('SESSION_EXPIRED');
    // A token that never existed is just "not logged in".
    expect(code(await server.post('{ me { accountName } }', {}, bearer('made-up-token')))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('serve the countdown without extending it; other activity extends it', async () => {
    await createAccount(db, { accountName: 'lee' });
    const token = await loginToken(server, 'lee');
    await db.sql(
      "update session set expires_at = now() + interval '5 minutes' where account_id = (select id from account where account_name = 'lee')",
    );
    const before = await expiresAtOf(token);
    expect(await expiresAtOf(token)).toBe(before); // polling the countdown changes nothing
    expect((before - Date.now()) / 60_000).toBeLessThan(5.1);
    await server.post('{ me { accountName } }', {}, bearer(token));
    const after = await expiresAtOf(token);
    expect((after - Date.now()) / 60_000).toBeGreaterThan(29);
  });

  it('never extend past the absolute limit', async () => {
    await createAccount(db, { accountName: 'max' });
    const token = await loginToken(server, 'max');
    await db.sql(
      "update session set expires_at = now() + interval '2 minutes', absolute_expires_at = now() + interval '3 minutes' where account_id = (select id from account where account_name = 'max')",
    );
    await server.post('{ me { accountName } }', {}, bearer(token));
    expect((await expiresAtOf(token)) - Date.now()).toBeLessThanOrEqual(3 * 60_000);
  });

  it('end at logout', async () => {
    await createAccount(db, { accountName: 'ned' });
    const token = await loginToken(server, 'ned');
    const out = await server.post<{ logout: boolean }>('mutation { logout }', {}, bearer(token));
    expect(out.body.data!.logout).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/goldcard_session=;.*Max-Age=0/);
    expect(code(await server.post('{ me { accountName } }', {}, bearer(token)))).toBe(
      'UNAUTHENTICATED',
    );
    const [row] = await db.sql<{ end_reason: string }>(
      "select end_reason from session where account_id = (select id from account where account_name = 'ned')",
    );
    expect(row!.end_reason).toBe('logout');
  });
});

describe('password changes', () => {
  it('end the account’s other sessions but keep the one that made the change', async () => {
    await createAccount(db, { accountName: 'ora' });
    const laptop = await loginToken(server, 'ora');
    const phone = await loginToken(server, 'ora');
    const res = await server.post(
      CHANGE,
      { c: STRONG_PASSWORD, n: 'an entirely new passphrase for ora' },
      bearer(laptop),
    );
    expect(res.body.errors).toBeUndefined();
    expect(code(await server.post('{ me { accountName } }', {}, bearer(phone)))).toBe(
      'UNAUTHENTICATED',
    );
    expect(code(await server.post('{ me { accountName } }', {}, bearer(laptop)))).toBeUndefined();
    const mails = await db.sql<{ template: string }>(
      "select template from outbox_mail where to_address = 'ora@test.example'",
    );
    expect(mails.map((m) => m.template)).toEqual(['PASSWORD_CHANGED']);
  });

  it('refuse a common password, the same password, and a wrong current password', async () => {
    await createAccount(db, { accountName: 'pam' });
    const token = await loginToken(server, 'pam');
    const weak = await server.post(
      CHANGE,
      { c: STRONG_PASSWORD, n: 'password1234' },
      bearer(token),
    );
    expect(weak.body.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      field: 'newPassword',
      problem: 'PASSWORD_TOO_WEAK',
    });
    const short = await server.post(CHANGE, { c: STRONG_PASSWORD, n: 'short' }, bearer(token));
    expect(short.body.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ problem: 'TOO_SHORT' });
    const same = await server.post(
      CHANGE,
      { c: STRONG_PASSWORD, n: STRONG_PASSWORD },
      bearer(token),
    );
    expect(same.body.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      problem: 'PASSWORD_REUSED',
    });
    const wrong = await server.post(
      CHANGE,
      { c: 'not my password', n: 'a brand new passphrase here' },
      bearer(token),
    );
    expect(code(wrong)).toBe('INVALID_CREDENTIALS');
    expect(code(await server.post(CHANGE, { c: STRONG_PASSWORD, n: 'x' }, {}))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('password expiry (PASSWORD_MAX_AGE_DAYS)', () => {
  it('lets an expired password log in only to a session that can do nothing but change it', async () => {
    await createAccount(db, { accountName: 'quinn', role: Role.OFFICER });
    await db.sql(
      "update account set password_changed_at = now() - interval '91 days' where account_name = 'quinn'",
    );
    const res = await login(server, 'quinn', STRONG_PASSWORD);
    expect(res.body.data!.login.restricted).toBe(true);
    expect(Date.parse(res.body.data!.login.passwordExpiresAt!)).toBeLessThan(Date.now());
    const token = res.body.data!.login.token!;
    expect(code(await server.post('{ applicants { total } }', {}, bearer(token)))).toBe(
      'PASSWORD_EXPIRED',
    );
    expect(code(await server.post('{ me { accountName } }', {}, bearer(token)))).toBeUndefined();
    const changed = await server.post<{ changePassword: { passwordExpiresAt: string } }>(
      CHANGE,
      { c: STRONG_PASSWORD, n: 'quinn renews the passphrase today' },
      bearer(token),
    );
    expect(
      Date.parse(changed.body.data!.changePassword.passwordExpiresAt) - Date.now(),
    ).toBeGreaterThan(89 * 86_400_000);
    expect(code(await server.post('{ applicants { total } }', {}, bearer(token)))).toBeUndefined();
  });

  it('is switched off with 0', async () => {
    const relaxed = await startTestServer(db, { env: { PASSWORD_MAX_AGE_DAYS: '0' } });
    try {
      await createAccount(db, { accountName: 'rex' });
      await db.sql(
        "update account set password_changed_at = now() - interval '400 days' where account_name = 'rex'",
      );
      const res = await login(relaxed, 'rex', STRONG_PASSWORD);
      expect(res.body.data!.login).toMatchObject({ restricted: false, passwordExpiresAt: null });
    } finally {
      await relaxed.close();
    }
  });
});
