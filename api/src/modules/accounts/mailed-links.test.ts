import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { fakeBuild, type FakeBuild } from '../../test-support/fake-build.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import {
  startTestServer,
  TEST_CAPTCHA_ANSWER,
  type TestServer,
} from '../../test-support/server.js';
import {
  createAccount,
  login,
  loginToken,
  newCaptchaId,
  STRONG_PASSWORD,
} from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { Role } from '../../shared/actor.js';

/*
 * Every link mailed to people opens the applicants' portal (APPLICANT_PORTAL_URL), whose pages
 * call the GraphQL mutations when their button is pressed. Opening a link (what a mail scanner
 * does) only loads the portal's page: it spends no token.
 */

const PORTAL = 'https://portal.goldcard.test';

let db: TestDatabase;
let server: TestServer;
let portal: FakeBuild;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 2);
  portal = await fakeBuild('portal');
  server = await startTestServer(db, {
    env: { APPLICANT_PORTAL_URL: PORTAL, LOGIN_LOCKOUT_THRESHOLD: '3' },
    portalDistDir: portal.dir,
  });
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
  await portal?.remove();
});

/** The newest mail of a template to an address: its text and the links in it. */
async function mailTo(to: string, template: string) {
  const [mail] = await db.sql<{ text_body: string; html_body: string }>(
    `select text_body, html_body from outbox_mail where to_address = $1 and template = $2
      order by created_at desc limit 1`,
    [to, template],
  );
  if (!mail) throw new Error(`no ${template} mail to ${to}`);
  const links = [...new Set(mail.text_body.match(/https?:\/\/\S+/g) ?? [])];
  return { text: mail.text_body, html: mail.html_body, links };
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** Opens a mailed link on this server, as a browser (or a mail scanner) would. */
const open = (link: string) => {
  const url = new URL(link);
  expect(url.origin).toBe(PORTAL);
  return fetch(`${server.url}${url.pathname}${url.search}`, { headers: { accept: 'text/html' } });
};

const VERIFY = 'mutation($t: String!) { verifyEmail(token: $t) { accepted } }';

describe('links in mails', () => {
  it('verification: the portal’s page and “send a new link”; opening it spends nothing', async () => {
    const registered = await server.post(
      'mutation($input: RegisterInput!) { register(input: $input) { accepted } }',
      {
        input: {
          role: 'APPLICANT',
          account: 'linkuser',
          email: 'linkuser@test.example',
          displayName: 'Link User',
          password: STRONG_PASSWORD,
          captchaId: await newCaptchaId(server),
          captchaAnswer: TEST_CAPTCHA_ANSWER,
          locale: 'en',
        },
      },
    );
    expect(registered.body.errors).toBeUndefined();
    const mail = await mailTo('linkuser@test.example', 'EMAIL_VERIFICATION');
    const [verify] = mail.links;
    expect(verify).toMatch(new RegExp(`^${PORTAL}/account/verify-email\\?token=[\\w-]{40,}$`));
    expect(mail.links).toEqual([verify, `${PORTAL}/account/resend-verification`]);

    // Opened (twice, as scanners do): the portal's page, and the account is still unverified.
    for (let i = 0; i < 2; i++) {
      const page = await open(verify!);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe(portal.index);
    }
    // A mutation sent by GET is refused too (CSRF prevention; mutations only by POST).
    const byGet = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent(`mutation { verifyEmail(token: "${tokenOf(verify!)}") { accepted } }`)}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(byGet.status).toBe(405);
    expect(codeOf(await login(server, 'linkuser', STRONG_PASSWORD))).toBe('EMAIL_NOT_VERIFIED');

    // The portal's button: the mutation, once.
    expect((await server.post(VERIFY, { t: tokenOf(verify!) })).body.errors).toBeUndefined();
    expect(codeOf(await server.post(VERIFY, { t: tokenOf(verify!) }))).toBe('TOKEN_INVALID');
    expect(codeOf(await login(server, 'linkuser', STRONG_PASSWORD))).toBeUndefined();
  });

  it('someone registering with a known address: sign in, forgot password, forgot account name', async () => {
    await createAccount(db, { accountName: 'existing', locale: 'en' });
    await server.post('mutation($input: RegisterInput!) { register(input: $input) { accepted } }', {
      input: {
        role: 'APPLICANT',
        account: 'copycat',
        email: 'existing@test.example',
        displayName: 'Copy Cat',
        password: STRONG_PASSWORD,
        captchaId: await newCaptchaId(server),
        captchaAnswer: TEST_CAPTCHA_ANSWER,
      },
    });
    const mail = await mailTo('existing@test.example', 'EMAIL_ALREADY_REGISTERED');
    expect(mail.links).toEqual([
      `${PORTAL}/login`,
      `${PORTAL}/account/forgot-password`,
      `${PORTAL}/account/forgot-account-name`,
    ]);
  });

  it('reset: the portal’s page, which changes nothing until the new password is sent', async () => {
    await createAccount(db, { accountName: 'resetter' });
    await server.post(
      'mutation { requestPasswordReset(email: "resetter@test.example") { accepted } }',
    );
    const [reset] = (await mailTo('resetter@test.example', 'PASSWORD_RESET')).links;
    expect(reset).toMatch(new RegExp(`^${PORTAL}/account/reset-password\\?token=[\\w-]{40,}$`));
    expect(await (await open(reset!)).text()).toBe(portal.index);
    expect(codeOf(await login(server, 'resetter', STRONG_PASSWORD))).toBeUndefined();
    const RESET =
      'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { accepted } }';
    const newPassword = 'resetter picks a long new phrase';
    const done = await server.post(RESET, { t: tokenOf(reset!), p: newPassword });
    expect(done.body.errors).toBeUndefined();
    expect(codeOf(await login(server, 'resetter', newPassword))).toBeUndefined();
    const changed = await mailTo('resetter@test.example', 'PASSWORD_CHANGED');
    expect(changed.links).toEqual([`${PORTAL}/account/forgot-password`]);
    expect(changed.text).toContain('goldcard 就業金卡資料異動網站');
  });

  it('account names: sign in at the portal, or at the console for staff', async () => {
    await createAccount(db, { accountName: 'forgetful', locale: 'en' });
    await createAccount(db, { accountName: 'officer-lin', role: Role.OFFICER });
    for (const email of ['forgetful@test.example', 'officer-lin@test.example']) {
      await server.post('mutation($e: String!) { recoverAccountName(email: $e) { accepted } }', {
        e: email,
      });
    }
    expect((await mailTo('forgetful@test.example', 'ACCOUNT_NAME_REMINDER')).links).toEqual([
      `${PORTAL}/login`,
    ]);
    expect((await mailTo('officer-lin@test.example', 'ACCOUNT_NAME_REMINDER')).links).toEqual([
      `${server.config.publicUrl}/admin/`,
    ]);
  });

  it('a locked account: “forgot password” on the portal', async () => {
    await createAccount(db, { accountName: 'locked-out' });
    for (let i = 0; i < 3; i++) await login(server, 'locked-out', 'not the password at all');
    expect((await mailTo('locked-out@test.example', 'ACCOUNT_LOCKED')).links).toEqual([
      `${PORTAL}/account/forgot-password`,
    ]);
  });

  it('cases: the receipt mail and a new address’s confirmation open the portal', async () => {
    const [holder] = await db.sql<{ ui_number: string; birth: string; passport_number: string }>(
      "select ui_number, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number from applicant order by ui_number limit 1",
    );
    await createAccount(db, { accountName: 'filer', locale: 'en' });
    const client = wizard(server, await loginToken(server, 'filer'));
    await client.acceptTerms();
    const started = await client.start({
      uiNumber: holder!.ui_number,
      birthDate: holder!.birth,
      passportNumber: holder!.passport_number,
      alsoChange: ['EMAIL'],
    });
    const id = started.body.data!.startAmendment.id;
    await client.save(id, { email: 'new.address@mail.test' });
    expect((await client.submit(id, 'mailed-links-1')).body.errors).toBeUndefined();
    expect((await mailTo('filer@test.example', 'AMENDMENT_RECEIVED')).links).toEqual([
      `${PORTAL}/amendments/${id}`,
    ]);
    const [confirm] = (await mailTo('new.address@mail.test', 'AMENDMENT_CONTACT_CONFIRMATION'))
      .links;
    expect(confirm).toMatch(new RegExp(`^${PORTAL}/confirm-email\\?token=[\\w-]{40,}$`));
    // Opening it shows the portal's page; the change waits for the button.
    expect(await (await open(confirm!)).text()).toBe(portal.index);
    const [row] = await db.sql<{ status: string }>('select status from amendment where id = $1', [
      id,
    ]);
    expect(row!.status).toBe('SUBMITTED');
  });
});
