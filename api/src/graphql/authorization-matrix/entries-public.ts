import { newCaptchaId, STRONG_PASSWORD } from '../../test-support/accounts.js';
import { TEST_CAPTCHA_ANSWER } from '../../test-support/server.js';
import { allowedBut, allowedForAll, type Caller, type MatrixEntry } from './matrix.js';
import { ACCOUNTS } from './world.js';

/**
 * Public operations: allowed for all, whoever calls and with whatever credential. A key, even a
 * READ one, adds nothing to them: what they do depends on their arguments (a captcha, a token,
 * an address), never on the caller.
 */

const SESSION_CALLERS: readonly Caller[] = [
  'holder',
  'otherHolder',
  'employer',
  'agency',
  'revokedAgency',
  'officer',
  'supervisor',
];
const BOGUS_TOKEN = 'bm90LWEtcmVhbC10b2tlbi1mb3ItdGhlLW1hdHJpeA';
/** Addresses no account uses: the answers are the same either way, and no mail goes out. */
const nobody = (caller: Caller) => `mx-nobody-${caller.toLowerCase()}@test.example`;

export const PUBLIC_ENTRIES: MatrixEntry[] = [
  {
    operation: 'Query.captcha',
    rule: 'public: the login and registration forms need it',
    expect: allowedForAll(),
    call: (c) => c.gql('{ captcha { id expiresAt } }'),
  },
  {
    operation: 'Mutation.login',
    rule: 'public: the credentials and the captcha decide, not the caller',
    expect: allowedForAll(),
    call: async (c) =>
      c.gql('mutation($i: LoginInput!) { login(input: $i) { restricted } }', {
        i: {
          account: ACCOUNTS.spare.name,
          password: STRONG_PASSWORD,
          captchaId: await newCaptchaId(c.w.server),
          captchaAnswer: TEST_CAPTCHA_ANSWER,
        },
      }),
  },
  {
    operation: 'Mutation.logout',
    rule: 'public: ends the session it is sent with, if any (false otherwise)',
    expect: allowedForAll(),
    // Each caller logs out of a session of its own, so the matrix keeps its tokens.
    call: async (c) => c.w.gql(await c.w.freshCredential(c.caller), 'mutation { logout }'),
    verify: (answer, caller) =>
      (answer.body.data?.logout === true) === SESSION_CALLERS.includes(caller)
        ? null
        : `logout answered ${String(answer.body.data?.logout)} for ${caller}`,
  },
  {
    operation: 'Query.session',
    rule: 'public: the current session, empty without one (keys have none)',
    expect: allowedForAll(),
    call: (c) => c.gql('{ session { restricted account { id } } }'),
    verify: (answer, caller) =>
      (answer.body.data?.session != null) === SESSION_CALLERS.includes(caller)
        ? null
        : `session answered ${JSON.stringify(answer.body.data?.session)} for ${caller}`,
  },
  {
    operation: 'Mutation.register',
    rule: 'public: anyone may register an applicant, employer or agency account',
    expect: allowedForAll(),
    call: async (c) =>
      c.gql('mutation($i: RegisterInput!) { register(input: $i) { accepted } }', {
        i: {
          account: `mx-new-${c.caller.toLowerCase()}`,
          email: `mx-new-${c.caller.toLowerCase()}@test.example`,
          password: STRONG_PASSWORD,
          displayName: 'Matrix',
          role: 'APPLICANT',
          captchaId: await newCaptchaId(c.w.server),
          captchaAnswer: TEST_CAPTCHA_ANSWER,
        },
      }),
  },
  {
    operation: 'Mutation.resendVerificationEmail',
    rule: 'public: the same answer whatever the address (no enumeration)',
    expect: allowedForAll(),
    call: (c) =>
      c.gql('mutation($e: String!) { resendVerificationEmail(email: $e) { accepted } }', {
        e: nobody(c.caller),
      }),
  },
  {
    operation: 'Mutation.verifyEmail',
    rule: 'public: the emailed token decides (a made-up one is TOKEN_INVALID for everybody)',
    expect: allowedForAll(allowedBut('TOKEN_INVALID')),
    call: (c) =>
      c.gql('mutation($t: String!) { verifyEmail(token: $t) { accepted } }', { t: BOGUS_TOKEN }),
  },
  {
    operation: 'Mutation.requestPasswordReset',
    rule: 'public: the same answer whatever the address (no enumeration)',
    expect: allowedForAll(),
    call: (c) =>
      c.gql('mutation($e: String!) { requestPasswordReset(email: $e) { accepted } }', {
        e: nobody(c.caller),
      }),
  },
  {
    operation: 'Mutation.resetPassword',
    rule: 'public: the emailed token decides (a made-up one is TOKEN_INVALID for everybody)',
    expect: allowedForAll(allowedBut('TOKEN_INVALID')),
    call: (c) =>
      c.gql(
        'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) { accepted } }',
        {
          t: BOGUS_TOKEN,
          p: STRONG_PASSWORD,
        },
      ),
  },
  {
    operation: 'Mutation.recoverAccountName',
    rule: 'public: the same answer whatever the address (no enumeration)',
    expect: allowedForAll(),
    call: (c) =>
      c.gql('mutation($e: String!) { recoverAccountName(email: $e) { accepted } }', {
        e: nobody(c.caller),
      }),
  },
  {
    operation: 'Mutation.confirmAmendmentEmail',
    rule: 'public: the link mailed to the new address decides (a made-up one is TOKEN_INVALID)',
    expect: allowedForAll(allowedBut('TOKEN_INVALID')),
    call: (c) =>
      c.gql('mutation($t: String!) { confirmAmendmentEmail(token: $t) { status } }', {
        t: BOGUS_TOKEN,
      }),
  },
  {
    operation: 'Query.amendmentTerms',
    rule: 'public: the terms are read before logging in',
    expect: allowedForAll(),
    call: (c) => c.gql('{ amendmentTerms { version accepted } }'),
  },
  {
    operation: 'Query.amendmentRequirements',
    rule: 'public reference data: documents and limits, shown before upload',
    expect: allowedForAll(),
    call: (c) => c.gql('{ amendmentRequirements { item documents { type maxBytes } } }'),
  },
  {
    operation: 'Query.accountPolicy',
    rule: 'public: the password, lockout and link rules the account forms state before login',
    expect: allowedForAll(),
    call: (c) => c.gql('{ accountPolicy { passwordMinLength passwordMaxAgeDays } }'),
  },
  {
    operation: 'Query.checkUiNumber',
    rule: 'public: checks a number’s shape and check digit, looks nobody up',
    expect: allowedForAll(),
    call: (c) => c.gql('{ checkUiNumber(uiNumber: "A800000014") { valid format } }'),
  },
  {
    operation: 'Query.collectionPlaces',
    rule: 'public reference data',
    expect: allowedForAll(),
    call: (c) => c.gql('{ collectionPlaces { code } }'),
  },
  {
    operation: 'Query.countries',
    rule: 'public reference data',
    expect: allowedForAll(),
    call: (c) => c.gql('{ countries { code } }'),
  },
  {
    operation: 'Query.fieldsOfExpertise',
    rule: 'public reference data',
    expect: allowedForAll(),
    call: (c) => c.gql('{ fieldsOfExpertise { code } }'),
  },
  {
    operation: 'Query.taiwanCities',
    rule: 'public reference data',
    expect: allowedForAll(),
    call: (c) => c.gql('{ taiwanCities { code } }'),
  },
];
