import { randomUUID } from 'node:crypto';
import { DEMO, type ApiClient } from './portal';

// Cases arranged over the API (as the holder's or an agency's software would), for the browser
// tests to start from. The console's test support files a whole address change the same way.
export { submitAddressChange } from '../../../admin/test/support/api';

/** The demo holder as a filer names them (the demo holder's account is linked already). */
export const DEMO_HOLDER = { uiNumber: DEMO.holderUiNumber, birthDate: DEMO.holderBirthDate };

/** Accepts the amendment terms in force, as every filer must before starting a case. */
export async function acceptTerms(client: ApiClient): Promise<void> {
  const { amendmentTerms } = await client.call<{ amendmentTerms: { version: string } }>(
    '{ amendmentTerms { version } }',
  );
  await client.call('mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }', {
    v: amendmentTerms.version,
  });
}

export interface StartedCase {
  id: string;
  status: string;
  filedByRole: string;
}

/** A new draft (`startAmendment`), e.g. `{ ...DEMO_HOLDER, alsoChange: ['EMAIL'] }`. */
export async function startCase(
  client: ApiClient,
  input: { uiNumber: string; birthDate: string; passportNumber?: string; alsoChange: string[] },
): Promise<StartedCase> {
  const { startAmendment } = await client.call<{ startAmendment: StartedCase }>(
    'mutation($i: StartAmendmentInput!) { startAmendment(input: $i) { id status filedByRole } }',
    { i: input },
  );
  return startAmendment;
}

export async function saveDraft(
  client: ApiClient,
  id: string,
  input: Record<string, unknown>,
): Promise<void> {
  await client.call(
    'mutation($id: ID!, $i: SaveAmendmentDraftInput!) { saveAmendmentDraft(id: $id, input: $i) { id } }',
    { id, i: input },
  );
}

/** Submits the draft (a new idempotency key unless `key` is given). */
export async function submitCase(
  client: ApiClient,
  id: string,
  key: string = randomUUID(),
): Promise<{ applicationNumber: string; status: string }> {
  const { submitAmendment } = await client.call<{
    submitAmendment: { applicationNumber: string; status: string };
  }>(
    'mutation($id: ID!, $k: String!) { submitAmendment(id: $id, idempotencyKey: $k) { applicationNumber status } }',
    { id, k: key },
  );
  return submitAmendment;
}

/** The officer takes the case (to review it); its new version. */
export async function claimCase(officer: ApiClient, id: string): Promise<number> {
  const { claimAmendment } = await officer.call<{ claimAmendment: { version: number } }>(
    'mutation($id: ID!) { claimAmendment(id: $id) { version } }',
    { id },
  );
  return claimAmendment.version;
}

/** The officer approves the case they hold, at its current version. */
export async function approveCase(officer: ApiClient, id: string): Promise<void> {
  const { amendment } = await officer.call<{ amendment: { version: number } }>(
    'query($id: ID!) { amendment(id: $id) { version } }',
    { id },
  );
  await officer.call(
    'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { id } }',
    { id, v: amendment.version },
  );
}
