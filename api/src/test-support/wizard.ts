import type { TestServer } from './server.js';
import { bearer } from './accounts.js';

export const AMENDMENT_FIELDS = /* GraphQL */ `
  id applicationNumber status statusLabel items version filedByRole
  requested { englishSurname englishGivenName chineseName sex email mobile collectionPlaceCode
    passport { number expiryDate issuingCountry { code } } residence { postalCode city district line } }
  changes { field before after }
  checklist { type uploaded }
  fee { amount status payable cardPrinted receiptIssued lines { item amount rule exemptionReason } }
  events { type fromStatus toStatus statusLabel actorRole }
  documents { id type mimeType size sha256 downloadUrl }
`;

export interface AmendmentShape {
  id: string;
  applicationNumber: string | null;
  status: string;
  statusLabel: string;
  items: string[];
  version: number;
  filedByRole: string;
  requested: Record<string, unknown> & {
    residence: Record<string, unknown>;
    passport: Record<string, unknown>;
  };
  changes: { field: string; before: string; after: string }[];
  checklist: { type: string; uploaded: number }[];
  fee: {
    amount: number;
    status: string;
    payable: boolean;
    cardPrinted: boolean;
    receiptIssued: boolean;
    lines: { item: string; amount: number; rule: string }[];
  };
  events: {
    type: string;
    fromStatus: string | null;
    toStatus: string | null;
    statusLabel: string | null;
    actorRole: string | null;
  }[];
  documents: {
    id: string;
    type: string;
    mimeType: string;
    size: number;
    sha256: string;
    downloadUrl: string;
  }[];
}

/** A thin client for the wizard over real HTTP, as a frontend or an agency's software would use it. */
export function wizard(server: TestServer, token: string, language = 'en') {
  const headers = { ...bearer(token), 'accept-language': language };
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    server.post<T>(query, variables, headers);
  return {
    call,
    terms: () =>
      call<{
        amendmentTerms: {
          version: string;
          clauses: { number: number; text: string }[];
          accepted: boolean;
        };
      }>('{ amendmentTerms { version accepted clauses { number text } } }'),
    acceptTerms: async () => {
      const terms = await call<{ amendmentTerms: { version: string } }>(
        '{ amendmentTerms { version } }',
      );
      return call(
        'mutation($v: String!) { acceptAmendmentTerms(version: $v) { version acceptedAt } }',
        {
          v: terms.body.data!.amendmentTerms.version,
        },
      );
    },
    start: (input: Record<string, unknown>) =>
      call<{ startAmendment: AmendmentShape }>(
        `mutation($input: StartAmendmentInput!) { startAmendment(input: $input) { ${AMENDMENT_FIELDS} } }`,
        { input },
      ),
    save: (id: string, input: Record<string, unknown>) =>
      call<{ saveAmendmentDraft: AmendmentShape }>(
        `mutation($id: ID!, $input: SaveAmendmentDraftInput!) { saveAmendmentDraft(id: $id, input: $input) { ${AMENDMENT_FIELDS} } }`,
        { id, input },
      ),
    submit: (id: string, idempotencyKey: string) =>
      call<{ submitAmendment: AmendmentShape }>(
        `mutation($id: ID!, $key: String!) { submitAmendment(id: $id, idempotencyKey: $key) { ${AMENDMENT_FIELDS} } }`,
        { id, key: idempotencyKey },
      ),
    withdraw: (id: string) =>
      call<{ withdrawAmendment: AmendmentShape }>(
        `mutation($id: ID!) { withdrawAmendment(id: $id) { ${AMENDMENT_FIELDS} } }`,
        { id },
      ),
    get: (id: string) =>
      call<{ amendment: AmendmentShape }>(
        `query($id: ID!) { amendment(id: $id) { ${AMENDMENT_FIELDS} } }`,
        { id },
      ),
  };
}

export const codeOf = (res: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
  res.body.errors?.[0]?.extensions?.code;
export const fieldsOf = (res: {
  body: { errors?: { extensions?: { fields?: { field: string; problem: string }[] } }[] };
}) => (res.body.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.problem}`).sort();
