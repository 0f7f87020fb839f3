import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import {
  startTestServer,
  TEST_CAPTCHA_ANSWER,
  type TestServer,
} from '../../test-support/server.js';
import { startSmtpServer, type TestSmtpServer } from '../../test-support/smtp.js';
import { login, newCaptchaId, STRONG_PASSWORD } from '../../test-support/accounts.js';

let db: TestDatabase;
let smtp: TestSmtpServer;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  smtp = await startSmtpServer();
  server = await startTestServer(db, {
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'goldcard <no-reply@goldcard.test>' },
  });
});
afterAll(async () => {
  await server.close();
  await smtp.stop();
  await db.drop();
});

describe('registration over real SMTP', () => {
  it('delivers the verification mail, whose link activates the account', async () => {
    const res = await server.post(
      'mutation($input: RegisterInput!) { register(input: $input) { accepted } }',
      {
        input: {
          account: 'mailtest',
          email: 'mail.test@inbox.test',
          password: STRONG_PASSWORD,
          displayName: 'Mail Test',
          role: 'APPLICANT',
          locale: 'en',
          captchaId: await newCaptchaId(server),
          captchaAnswer: TEST_CAPTCHA_ANSWER,
        },
      },
    );
    expect(res.body.errors).toBeUndefined();
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('mail.test@inbox.test'), 10_000);
    expect(mail.from).toEqual(['no-reply@goldcard.test']);
    expect(mail.subject).toMatch(/verify|confirm/i);
    const token = mail.text.match(/token=([\w-]+)/)?.[1];
    expect(token).toBeDefined();
    const verify = await server.post(
      'mutation($t: String!) { verifyEmail(token: $t) { accepted } }',
      { t: token },
    );
    expect(verify.body.errors).toBeUndefined();
    expect((await login(server, 'mailtest', STRONG_PASSWORD)).body.errors).toBeUndefined();
    const [row] = await db.sql<{ status: string }>(
      "select status from outbox_mail where to_address = 'mail.test@inbox.test'",
    );
    expect(row?.status).toBe('SENT');
  });

  it('delivers the account-name reminder in zh-TW to accounts that chose it', async () => {
    await server.post('mutation($input: RegisterInput!) { register(input: $input) { accepted } }', {
      input: {
        account: 'zhreader',
        email: 'zh.reader@inbox.test',
        password: STRONG_PASSWORD,
        displayName: '讀者',
        role: 'APPLICANT',
        captchaId: await newCaptchaId(server),
        captchaAnswer: TEST_CAPTCHA_ANSWER,
      },
    });
    await server.post('mutation($e: String!) { recoverAccountName(email: $e) { accepted } }', {
      e: 'zh.reader@inbox.test',
    });
    const reminder = await smtp.waitFor(
      (m) => m.envelopeTo.includes('zh.reader@inbox.test') && m.text.includes('zhreader'),
      10_000,
    );
    expect(reminder.subject).toMatch(/[\u4e00-\u9fff]/);
  });
});
