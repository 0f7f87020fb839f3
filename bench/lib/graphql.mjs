// The GraphQL operations the suite sends, and a plain fetch client for preparing and checking.
import { CAPTCHA_ANSWER } from './api-server.mjs';

export const CEILING = '{ __typename }';

// The console's list query (admin/src/resources/amendments/amendments.graphql, AmendmentRow),
// as bench/officer-list.mjs sends it.
export const LIST = /* GraphQL */ `
  query AmendmentList($filter: AmendmentFilter, $sort: AmendmentSort, $page: Int!, $perPage: Int!) {
    amendments(filter: $filter, sort: $sort, page: $page, perPage: $perPage) {
      total
      items {
        id
        applicationNumber
        status
        statusLabel
        items
        version
        submittedAt
        updatedAt
        createdAt
        decidedAt
        overdue
        assignedOfficer {
          id
          displayName
        }
        applicant {
          id
          uiNumber
          englishSurname
          englishGivenName
          chineseName
        }
        filedBy {
          id
          displayName
          role
          organisationName
        }
      }
    }
  }
`;
export const NEWEST = { field: 'SUBMITTED_AT', order: 'DESC' };
export const submittedPage = (perPage) => ({
  filter: { status: ['SUBMITTED'] },
  sort: NEWEST,
  page: 1,
  perPage,
});
/** The console's landing list: every case, newest submitted first. */
export const LANDING = { sort: NEWEST, page: 1, perPage: 50 };
/** The search box (`AmendmentFilter.search`): first page of 50, newest first. */
export const searchPage = (search) => ({ filter: { search }, sort: NEWEST, page: 1, perPage: 50 });
/** The work queues with their counts, as the console's sidebar reads them. */
export const QUEUES = '{ caseQueues { queue label count countExact } }';

/**
 * What an officer types into the search box, taken from the largest database (deterministic:
 * the seeder is): the last 5 digits of an application number, a holder's English name as
 * "given surname", and 2 characters of a Chinese name.
 */
export async function searchTerms(client) {
  const { rows: cases } = await client.query(
    `select a.application_number as number, n.english_given_name as given,
       n.english_surname as surname
     from amendment a join applicant n on n.id = a.applicant_id
     where a.application_number is not null order by a.id limit 1`,
  );
  const { rows: chinese } = await client.query(
    `select chinese_name as name from applicant where char_length(chinese_name) >= 3
     order by id limit 1`,
  );
  return {
    number: cases[0].number.slice(-5),
    name: `${cases[0].given} ${cases[0].surname}`.toLowerCase(),
    chinese: [...chinese[0].name].slice(-2).join(''),
  };
}

/** What an applicant's case page shows: the case, its fee, documents and timeline. */
export const CASE = /* GraphQL */ `
  query ApplicantCase($id: ID!) {
    amendment(id: $id) {
      id
      applicationNumber
      status
      statusLabel
      items
      version
      submittedAt
      fee {
        amount
        currency
        status
        payable
        cardPrinted
        receiptIssued
        lines {
          item
          amount
          rule
          exemptionReason
        }
      }
      documents {
        id
        type
        originalName
        mimeType
        size
        sha256
        uploadedAt
        downloadUrl
      }
      events {
        type
        at
        fromStatus
        toStatus
        statusLabel
        actorRole
        note
      }
    }
  }
`;

/** The logout countdown. */
export const SESSION = /* GraphQL */ `
  query Session {
    session {
      expiresAt
      absoluteExpiresAt
      passwordExpiresAt
      restricted
      account {
        id
        accountName
        displayName
        role
      }
    }
  }
`;

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      restricted
      account {
        id
        role
      }
    }
  }
`;

export const SUBMIT = /* GraphQL */ `
  mutation Submit($id: ID!, $key: String!) {
    submitAmendment(id: $id, idempotencyKey: $key) {
      id
      applicationNumber
      status
      submittedAt
    }
  }
`;

export const UPLOAD = /* GraphQL */ `
  mutation Upload($amendmentId: ID!, $type: DocumentType!, $file: Upload!) {
    uploadAmendmentDocument(amendmentId: $amendmentId, type: $type, file: $file) {
      id
      type
      size
      sha256
    }
  }
`;

export const loginVariables = (account, password, captchaId) => ({
  input: { account, password, captchaId, captchaAnswer: CAPTCHA_ANSWER, cookie: false },
});

export async function gql(base, query, variables = {}, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': 'en',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { text };
  }
  return { status: res.status, body };
}

/** Like `gql`, but any error (HTTP or GraphQL) throws with the answer in the message. */
export async function mustGql(base, query, variables, token, what = 'request') {
  const res = await gql(base, query, variables, token);
  if (res.status !== 200 || res.body.errors || !res.body.data) {
    throw new Error(`${what} failed (${res.status}): ${JSON.stringify(res.body).slice(0, 800)}`);
  }
  return res.body.data;
}

/** Logs in with a fresh captcha (answered with the development server's fixed answer). */
export async function loginToken(base, account, password) {
  const captcha = await mustGql(base, '{ captcha { id } }', {}, undefined, 'captcha');
  const data = await mustGql(
    base,
    LOGIN,
    loginVariables(account, password, captcha.captcha.id),
    undefined,
    `login as ${account}`,
  );
  if (!data.login.token) throw new Error(`login as ${account} returned no token`);
  return data.login.token;
}
