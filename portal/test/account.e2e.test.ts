import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptTerms, DEMO_HOLDER, saveDraft, startCase, submitCase } from './support/arrange';
import {
  ApiClient,
  auditPage,
  CAPTCHA_ANSWER,
  DEMO,
  linkIn,
  openBrowser,
  signInBrowser,
  startPortal,
  switchLanguage,
  type Browser,
  type PortalServer,
  type ReceivedMail,
} from './support/portal';
import { tabTo } from './support/screens';

/**
 * The account pages as people use them: registering and confirming the address from the real
 * mail, logging in (captcha, `next`, refusals, keyboard only), recovering a password through the
 * mailed link, confirming a contact-only amendment's new address, and the forced change of an
 * expired password; every page audited in both languages at 1280 and 375 px.
 */
describe('portal account pages', () => {
  let server: PortalServer;
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const person = {
    account: `holder.${stamp}`,
    email: `holder.${stamp}@example.test`,
    password: 'violet harbour lantern 42',
    newPassword: 'copper kettle meadow 77',
  };

  beforeAll(async () => {
    // PORTAL_DIST_DIR lets a build made elsewhere be tested while portal/dist is being rebuilt.
    const dist = process.env.PORTAL_DIST_DIR;
    server = await startPortal(dist ? { PORTAL_DIST_DIR: dist } : {});
    browser = await openBrowser('portal-account');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (path: string, heading: string | RegExp) => {
    await browser.page.goto(`${server.url}${path}`);
    await browser.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  };
  /** A mailed link, opened on the portal under test (the mail may name another host). */
  const openLink = (mail: ReceivedMail, path: string, heading: string) => {
    const link = linkIn(mail, path);
    return open(`${link.pathname}${link.search}`, heading);
  };
  const mailTo = (address: string, path: string) =>
    server.smtp.waitFor((m) => m.to.includes(address) && `${m.text}${m.html}`.includes(path));
  const activeId = () => browser.page.evaluate(() => document.activeElement?.id ?? '');
  const summaryText = () => browser.page.getByTestId('error-summary').innerText();

  /** Fills the login form and submits it with the button. */
  const logIn = async (account: string, password: string, captcha = CAPTCHA_ANSWER) => {
    const { page } = browser;
    await page.getByTestId('captcha-image').waitFor();
    await page.locator('#login-account').fill(account);
    await page.locator('#login-password').fill(password);
    await page.locator('#login-captcha').fill(captcha);
    await page.getByRole('button', { name: /^(登入|Log in)$/ }).click();
  };

  /** SQL on the API's embedded PostgreSQL, to arrange what no operation can (time passing). */
  const sql = async (text: string, params: unknown[] = []) => {
    const dir = server.api.dataDir;
    const password = (await readFile(join(dir, 'pg-password'), 'utf8')).trim();
    const port = (await readFile(join(dir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[3]!;
    const client = new pg.Client({
      connectionString: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port.trim()}/goldcard`,
    });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  };

  it('audits every account page in zh-TW and English, at 1280 and 375 px', async () => {
    const { page } = browser;
    const pages: [string, string, string, string][] = [
      ['login', '/login?reason=expired&next=%2Famendments', '登入', 'Log in'],
      ['register', '/register', '註冊帳號', 'Register'],
      ['verify-email', '/account/verify-email?token=preview', '驗證電子郵件', 'Confirm your email'],
      ['resend', '/account/resend-verification', '重寄驗證信', 'Send the confirmation'],
      ['forgot-password', '/account/forgot-password', '忘記密碼', 'Forgot your password'],
      ['reset-password', '/account/reset-password?token=preview', '設定新密碼', 'Set a new'],
      ['forgot-name', '/account/forgot-account-name', '忘記帳號', 'Forgot your account name'],
      ['confirm-email', '/confirm-email?token=preview', '確認新的電子郵件', 'Confirm your new'],
      ['account', '/account', '帳號設定', 'Account settings'],
      ['change-password', '/account/change-password', '變更密碼', 'Change your password'],
    ];
    try {
      for (const locale of ['zh-TW', 'en'] as const) {
        await page.goto(`${server.url}/login`);
        await switchLanguage(page, locale);
        for (const [name, path, zh, en] of pages) {
          if (name === 'account')
            await signInBrowser(browser.context, server.url, 'holder', DEMO.holder.password);
          await open(path, locale === 'en' ? en : zh);
          if (name === 'login') await page.getByTestId('expired-notice').waitFor();
          if (name === 'login' || name === 'register')
            await page.getByTestId('captcha-image').waitFor();
          await browser.screenshot(`${name}-${locale}`);
          await auditPage(page, `${name} (${locale})`);
          await page.setViewportSize({ width: 375, height: 812 });
          await browser.screenshot(`${name}-${locale}-375`);
          await page.setViewportSize({ width: 1280, height: 900 });
        }
        await browser.context.clearCookies();
      }
    } finally {
      // The language is remembered on the device: the other tests read Chinese.
      await browser.context.clearCookies();
      await switchLanguage(page, 'zh-TW');
    }
  });

  it('registers a holder through the page, confirms the mailed link with a button, logs in to `next`', async () => {
    const { page } = browser;
    await open('/register', '註冊帳號');
    // The form's own checks: every problem at the top, each a link to its field.
    await page.getByRole('button', { name: '建立帳號' }).click();
    const summary = await summaryText();
    expect(summary).toContain('請選擇您的身分');
    expect(summary).toContain('請填寫電子郵件');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'error-summary',
    );
    await page.getByTestId('error-summary').getByRole('link', { name: '請填寫帳號' }).click();
    expect(await activeId()).toBe('register-account');
    await auditPage(page, 'register with problems');

    await page.getByRole('radio', { name: '雇主' }).check();
    await page.locator('#register-organisation').waitFor();
    await page.getByRole('radio', { name: '就業金卡持卡人' }).check();
    expect(await page.locator('#register-organisation').count()).toBe(0);
    await page.locator('#register-account').fill(person.account);
    await page.locator('#register-display-name').fill('Lin Mei-hua');
    await page.locator('#register-email').fill(person.email);
    await page.getByRole('radio', { name: 'English（英文）' }).check();
    await page.locator('#register-password').fill(person.password);
    await page.locator('#register-confirm').fill('violet harbour lantern 24');
    await page.getByRole('button', { name: '顯示再輸入一次密碼' }).click();
    expect(await page.locator('#register-confirm').getAttribute('type')).toBe('text');
    await page.locator('#register-captcha').fill(CAPTCHA_ANSWER);
    await page.getByRole('button', { name: '建立帳號' }).click();
    expect(await summaryText()).toContain('兩次輸入的密碼不一致');

    await page.locator('#register-confirm').fill(person.password);
    await page.getByRole('button', { name: '建立帳號' }).click();
    await page.getByRole('heading', { level: 1, name: '請到信箱收信' }).waitFor();
    expect(await page.getByTestId('sent-to').innerText()).toContain(person.email);
    await page.getByText('24 小時').waitFor();
    await browser.screenshot('register-sent-zh');
    await auditPage(page, 'register: check your email');

    // Asking again sends a new link and retires the first one.
    const verifyMails = () =>
      server.smtp.messages.filter(
        (m) => m.to.includes(person.email) && m.text.includes('/account/verify-email'),
      );
    await expect.poll(() => verifyMails().length).toBe(1);
    await page.getByRole('button', { name: '重寄驗證信' }).click();
    await page.getByRole('status').getByText('已重寄').waitFor();
    await expect.poll(() => verifyMails().length).toBe(2);
    const [first, second] = verifyMails();
    await openLink(first!, '/account/verify-email', '驗證電子郵件');
    await page.getByRole('button', { name: '確認我的電子郵件' }).click();
    await page.getByTestId('token-invalid').waitFor();
    await page.getByRole('link', { name: '重寄驗證信' }).waitFor();
    await auditPage(page, 'verify email: retired link');

    await openLink(second!, '/account/verify-email', '驗證電子郵件');
    // Opening the link (as a mail scanner would) confirmed nothing.
    const api = new ApiClient(server.url);
    await expect(api.login(person.account, person.password)).rejects.toThrow(/EMAIL_NOT_VERIFIED/);
    await page.getByRole('button', { name: '確認我的電子郵件' }).click();
    await page.getByRole('heading', { level: 2, name: '電子郵件已驗證' }).waitFor();
    await browser.screenshot('verify-email-done-zh');
    await auditPage(page, 'verify email: done');

    await open('/login?next=%2Faccount', '登入');
    await logIn(person.account.toUpperCase(), person.password);
    await page.waitForURL((url) => url.pathname === '/account');
    await page.getByRole('heading', { level: 1, name: '帳號設定' }).waitFor();
    const details = await page.locator('main').innerText();
    expect(details).toContain(person.account);
    expect(details).toContain(`${person.email} (已驗證)`);
    expect(details).toContain('就業金卡持卡人');
    expect(details).toContain('英文');
    // Logging out is in the account's menu (src/layout/AccountMenu.tsx).
    await page.locator('#account-menu-button').click();
    await page.getByRole('menuitem', { name: '登出' }).click();
    await page.waitForURL((url) => url.pathname === '/');
  });

  it('explains a wrong password and a wrong captcha, with a new image each time', async () => {
    const { page } = browser;
    await open('/login', '登入');
    await page.getByTestId('captcha-image').waitFor();
    const firstImage = await page.getByTestId('captcha-image').getAttribute('src');
    await logIn('holder', 'not-the-password-2026');
    const summary = await summaryText();
    expect(summary).toContain('帳號或密碼錯誤');
    expect(summary).toContain('連續輸入錯誤 5 次');
    await page.getByRole('link', { name: '忘記密碼？以電子郵件重設' }).waitFor();
    expect(await page.locator('#login-password').inputValue()).toBe('');
    await expect
      .poll(() => page.getByTestId('captcha-image').getAttribute('src'))
      .not.toBe(firstImage);
    await browser.screenshot('login-wrong-password-zh');
    await auditPage(page, 'login: wrong password');

    await logIn('holder', DEMO.holder.password, 'WRONG1');
    expect(await summaryText()).toContain('驗證碼錯誤或已過期');
    // The password was not checked, so it stays filled in.
    expect(await page.locator('#login-password').inputValue()).toBe(DEMO.holder.password);
  });

  it('logs in with the keyboard alone, and ignores a `next` of //evil.example', async () => {
    const { page } = browser;
    await open('/login?next=%2F%2Fevil.example', '登入');
    await page.getByTestId('captcha-image').waitFor();
    await tabTo(page, page.locator('#login-account'));
    await page.keyboard.type('holder');
    await page.keyboard.press('Tab');
    expect(await activeId()).toBe('login-password');
    await page.keyboard.type(DEMO.holder.password);
    await tabTo(page, page.locator('#login-captcha'));
    await page.keyboard.type(CAPTCHA_ANSWER);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/amendments');
    expect(new URL(page.url()).origin).toBe(new URL(server.url).origin);
    await browser.context.clearCookies();
  });

  it('explains a locked account, and unlocks it with a new password from the mailed link', async () => {
    const { page } = browser;
    // The 5th wrong password in a row locks the account; the page says why and the way out.
    const api = new ApiClient(server.url);
    for (let i = 1; i <= 4; i++) {
      await expect(api.login(person.account, `wrong guess ${i}`)).rejects.toThrow(
        /INVALID_CREDENTIALS/,
      );
    }
    await open('/login', '登入');
    await logIn(person.account, 'wrong guess 5');
    expect(await summaryText()).toContain('連續 5 次輸入錯誤密碼已被鎖定');
    await page.getByRole('link', { name: '忘記密碼：寄送重設連結以解除鎖定' }).click();
    await page.getByRole('heading', { level: 1, name: '忘記密碼' }).waitFor();

    // The same answer whether or not the address has an account; only the owner gets a mail.
    const unknown = `nobody.${stamp}@example.test`;
    const answerFor = async (email: string) => {
      await open('/account/forgot-password', '忘記密碼');
      await page.locator('#forgot-email').fill(email);
      await page.getByRole('button', { name: '寄送重設密碼連結' }).click();
      return (await page.getByTestId('request-done').innerText()).replace(email, '<email>');
    };
    const unknownAnswer = await answerFor(unknown);
    expect(unknownAnswer).toContain('不論這個地址是否有帳號');
    expect(await answerFor(person.email)).toBe(unknownAnswer);
    await browser.screenshot('forgot-password-done-zh');
    await auditPage(page, 'forgot password: done');

    const mail = await mailTo(person.email, '/account/reset-password');
    expect(server.smtp.messages.some((m) => m.to.includes(unknown))).toBe(false);
    await openLink(mail, '/account/reset-password', '設定新密碼');
    await page.locator('#reset-new').fill('password1234');
    await page.locator('#reset-confirm').fill('password1234');
    await page.getByRole('button', { name: '設定新密碼' }).click();
    // The API's verdict on a guessable password, beside the field and in the summary.
    await page
      .getByTestId('error-summary')
      .getByRole('link', { name: /^新密碼：/ })
      .waitFor();
    expect(await page.locator('#reset-new-helper-text').innerText()).not.toContain('至少 12');
    await auditPage(page, 'reset password: weak');

    await page.locator('#reset-new').fill(person.newPassword);
    await page.locator('#reset-confirm').fill(person.newPassword);
    await page.getByRole('button', { name: '設定新密碼' }).click();
    await page.getByRole('heading', { level: 2, name: '密碼已設定' }).waitFor();
    await page.getByText('帳號也已解除鎖定').waitFor();
    await browser.screenshot('reset-password-done-zh');
    await page.getByRole('link', { name: '前往登入' }).click();
    await page.getByRole('heading', { level: 1, name: '登入' }).waitFor();
    await logIn(person.account, person.newPassword);
    await page.waitForURL((url) => url.pathname === '/amendments');
    await browser.context.clearCookies();
    await expect(api.login(person.account, person.password)).rejects.toThrow(/INVALID_CREDENTIALS/);
  });

  it('confirms the new address of a contact-only amendment with a button', async () => {
    const { page } = browser;
    const client = new ApiClient(server.url, 'zh-TW');
    await client.login('holder', DEMO.holder.password);
    await acceptTerms(client);
    const { id } = await startCase(client, { ...DEMO_HOLDER, alsoChange: ['EMAIL'] });
    const newEmail = `new.contact.${stamp}@example.test`;
    await saveDraft(client, id, { email: newEmail });
    const submitted = await submitCase(client, id, `contact-${stamp}`);
    expect(submitted.status).toBe('SUBMITTED');

    const mail = await mailTo(newEmail, '/confirm-email');
    await openLink(mail, '/confirm-email', '確認新的電子郵件地址');
    const statusOf = async () =>
      (
        await client.call<{ amendment: { status: string } }>(
          'query($id: ID!) { amendment(id: $id) { status } }',
          { id },
        )
      ).amendment.status;
    expect(await statusOf()).toBe('SUBMITTED');
    await page.getByRole('button', { name: '確認這個電子郵件地址' }).click();
    const result = await page.getByTestId('contact-result').innerText();
    expect(result).toContain(submitted.applicationNumber);
    expect(await statusOf()).not.toBe('SUBMITTED');
    // The status is the API's label, not its code.
    expect(result).not.toMatch(/APPROVED|COMPLETED|SUBMITTED/);
    await browser.screenshot('confirm-email-done-zh');
    await auditPage(page, 'confirm contact email: done');
  });

  it('sends a holder whose password expired to change it first, then on to `next`', async () => {
    const { page } = browser;
    // PASSWORD_MAX_AGE_DAYS (90) has passed since the demo password was set.
    await sql(
      "update account set password_changed_at = now() - interval '91 days' where account_name = 'holder'",
    );
    await open('/login?next=%2Faccount', '登入');
    await logIn('holder', DEMO.holder.password);
    await page.waitForURL((url) => url.pathname === '/account/change-password');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account');
    await page.getByTestId('restricted-notice').getByText('您的密碼已逾期').waitFor();
    await page.getByText('密碼每 90 天須更換一次').waitFor();
    await browser.screenshot('change-password-expired-zh');
    await auditPage(page, 'change password: expired');
    // Nothing else opens until the password is changed.
    await page.goto(`${server.url}/amendments`);
    await page.waitForURL((url) => url.pathname === '/account/change-password');

    const fresh = 'orchid tramway pebble 19';
    await page.locator('#change-current').fill(DEMO.holder.password);
    await page.locator('#change-new').fill(fresh);
    await page.locator('#change-confirm').fill(fresh);
    await page.getByRole('button', { name: '變更密碼' }).last().click();
    await page.waitForURL((url) => url.pathname === '/amendments');
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { level: 1, name: '帳號設定' }).waitFor();

    const api = new ApiClient(server.url);
    await api.login('holder', fresh);
    const { session } = await api.call<{
      session: { restricted: boolean; passwordExpiresAt: string };
    }>('{ session { restricted passwordExpiresAt } }');
    expect(session.restricted).toBe(false);
    expect(Date.parse(session.passwordExpiresAt)).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    await browser.context.clearCookies();
  });
});
