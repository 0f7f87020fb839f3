import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import {
  startTestServer,
  TEST_CAPTCHA_ANSWER,
  type TestServer,
} from '../../test-support/server.js';
import { newCaptchaId } from '../../test-support/accounts.js';

const POLICY = `{ accountPolicy { passwordMinLength passwordMaxLength lockoutThreshold
  emailVerificationHours passwordResetMinutes passwordMaxAgeDays sessionIdleMinutes sessionMaxHours } }`;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

async function policyOf(server: TestServer) {
  const res = await server.post<{ accountPolicy: Record<string, number | null> }>(POLICY);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.accountPolicy;
}

describe('accountPolicy', () => {
  it('states the defaults to anyone, logged in or not', async () => {
    const server = await startTestServer(db);
    try {
      expect(await policyOf(server)).toEqual({
        passwordMinLength: 12,
        passwordMaxLength: 128,
        lockoutThreshold: 5,
        emailVerificationHours: 24,
        passwordResetMinutes: 30,
        passwordMaxAgeDays: 90,
        sessionIdleMinutes: 30,
        sessionMaxHours: 12,
      });
    } finally {
      await server.close();
    }
  });

  it('follows the deployment’s settings, and is what the API then applies', async () => {
    const server = await startTestServer(db, {
      env: {
        PASSWORD_MIN_LENGTH: '16',
        LOGIN_LOCKOUT_THRESHOLD: '3',
        EMAIL_VERIFICATION_TTL_HOURS: '48',
        PASSWORD_RESET_TTL_MINUTES: '15',
        PASSWORD_MAX_AGE_DAYS: '0',
        SESSION_IDLE_MINUTES: '10',
        SESSION_ABSOLUTE_HOURS: '8',
      },
    });
    try {
      const policy = await policyOf(server);
      expect(policy).toEqual({
        passwordMinLength: 16,
        passwordMaxLength: 128,
        lockoutThreshold: 3,
        emailVerificationHours: 48,
        passwordResetMinutes: 15,
        // 0 turns rotation off: passwords do not expire.
        passwordMaxAgeDays: null,
        sessionIdleMinutes: 10,
        sessionMaxHours: 8,
      });
      // A password the default would take is now too short, by the minimum stated.
      const res = await server.post(
        'mutation($input: RegisterInput!) { register(input: $input) { accepted } }',
        {
          input: {
            role: 'APPLICANT',
            account: 'policy-reader',
            email: 'policy-reader@test.example',
            displayName: 'Policy Reader',
            password: 'violet kettle 7',
            captchaId: await newCaptchaId(server),
            captchaAnswer: TEST_CAPTCHA_ANSWER,
          },
        },
      );
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.password', problem: 'TOO_SHORT', params: { min: 16 } }],
      });
    } finally {
      await server.close();
    }
  });
});
