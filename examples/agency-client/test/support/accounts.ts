/**
 * What happens outside the agency's software, done here as the holder and the agency's staff
 * would in their browsers: log in, grant a mandate, create an API key, revoke the mandate.
 * Plain GraphQL over fetch, on purpose not through the client library under test.
 */

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Accept-Language': 'en',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await res.json()) as Answer<T>;
  if (answer.errors?.length || !answer.data) {
    throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}

/** Logs in with the development captcha answer; returns the session's bearer token. */
export async function login(url: string, account: string, password: string): Promise<string> {
  const { captcha } = await graphql<{ captcha: { id: string } }>(url, '{ captcha { id } }');
  const { login } = await graphql<{ login: { token: string } }>(
    url,
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    {
      input: { account, password, captchaId: captcha.id, captchaAnswer: 'GC2026', cookie: false },
    },
  );
  return login.token;
}

const isoDay = (daysAhead: number) =>
  new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);

/** The holder authorises an agency account for every item, for about six months. */
export async function grantMandate(url: string, holderToken: string, grantee: string) {
  const { createMandate } = await graphql<{
    createMandate: { id: string; status: string; activeNow: boolean };
  }>(
    url,
    'mutation($input: GrantMandateInput!) { createMandate(input: $input) { id status activeNow } }',
    { input: { grantee, items: [], validUntil: isoDay(182) } },
    holderToken,
  );
  return createMandate;
}

export async function revokeMandate(url: string, holderToken: string, id: string) {
  const { revokeMandate } = await graphql<{ revokeMandate: { status: string } }>(
    url,
    'mutation($id: ID!) { revokeMandate(id: $id) { status } }',
    { id },
    holderToken,
  );
  return revokeMandate;
}

/** The agency creates a READ+FILE key for its software; the token is shown this once. */
export async function createApiKey(url: string, agencyToken: string): Promise<string> {
  const { createApiKey } = await graphql<{ createApiKey: { token: string } }>(
    url,
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
    {
      input: {
        name: 'case management system',
        scopes: ['READ', 'FILE'],
        expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    },
    agencyToken,
  );
  return createApiKey.token;
}
