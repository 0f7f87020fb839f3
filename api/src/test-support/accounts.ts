import { Account } from '../modules/accounts/account.entity.js';
import { hashPassword } from '../shared/passwords.js';
import { Role } from '../shared/actor.js';
import type { TestDatabase } from './db.js';
import { TEST_CAPTCHA_ANSWER, type TestServer } from './server.js';

export const STRONG_PASSWORD = 'correct horse battery staple 42';

/** An account as registration and verification would leave it (verified unless told otherwise). */
export async function createAccount(
  db: TestDatabase,
  options: {
    accountName: string;
    role?: Role;
    password?: string;
    verified?: boolean;
    applicantId?: string;
    locale?: 'zh-TW' | 'en';
  },
): Promise<Account> {
  const em = db.orm.em.fork();
  const account = Object.assign(new Account(), {
    accountName: options.accountName,
    email: `${options.accountName}@test.example`,
    passwordHash: await hashPassword(options.password ?? STRONG_PASSWORD),
    role: options.role ?? Role.APPLICANT,
    displayName: `Test ${options.accountName}`,
    locale: options.locale ?? 'zh-TW',
    emailVerifiedAt: options.verified === false ? null : new Date(),
  });
  if (options.applicantId)
    account.applicant = em.getReference('Applicant', options.applicantId) as never;
  await em.persistAndFlush(account);
  return account;
}

export async function newCaptchaId(server: TestServer): Promise<string> {
  const res = await server.post<{ captcha: { id: string } }>('{ captcha { id } }');
  return res.body.data!.captcha.id;
}

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      absoluteExpiresAt
      passwordExpiresAt
      restricted
      account {
        id
        accountName
        role
        emailVerified
      }
    }
  }
`;

export interface LoginResult {
  login: {
    token: string | null;
    expiresAt: string;
    absoluteExpiresAt: string;
    passwordExpiresAt: string | null;
    restricted: boolean;
    account: { id: string; accountName: string; role: string; emailVerified: boolean };
  };
}

/** Logs in over HTTP with a fresh captcha (answered correctly unless told otherwise). */
export async function login(
  server: TestServer,
  account: string,
  password: string,
  options: {
    captchaAnswer?: string;
    captchaId?: string;
    cookie?: boolean;
    headers?: Record<string, string>;
  } = {},
) {
  const captchaId = options.captchaId ?? (await newCaptchaId(server));
  return server.post<LoginResult>(
    LOGIN,
    {
      input: {
        account,
        password,
        captchaId,
        captchaAnswer: options.captchaAnswer ?? TEST_CAPTCHA_ANSWER,
        cookie: options.cookie ?? false,
      },
    },
    options.headers,
  );
}

export async function loginToken(server: TestServer, account: string, password = STRONG_PASSWORD) {
  const res = await login(server, account, password);
  const token = res.body.data?.login.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(res.body.errors)}`);
  return token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
