import { samplePdf, type MultipartFile } from '../../test-support/multipart.js';
import { type Answer, inDays } from './matrix.js';
import type { AccountKey, Holder } from './world.js';

export const pdf = (name: string): MultipartFile => ({
  name,
  type: 'application/pdf',
  bytes: samplePdf(),
});

/**
 * The cases the matrix calls against, each put in its state through the API as people would:
 * the holder's cases filed by agencies, and the officers' cases for other holders.
 */
export interface Cases {
  cases: {
    /** Filed for the holder by the agency, approved; its NT$500 fee is due. */
    approved: string;
    approvedNumber: string;
    /** Filed for the holder by the revoked agency (then withdrawn), before its mandate ended. */
    revoked: string;
    revokedNumber: string;
    /** Filed for the holder by the agency: a draft that the matrix walks to its withdrawal. */
    open: string;
    /** Officers' cases, for other holders: SUBMITTED … */
    claim: string;
    reassign: string;
    /** … UNDER_REVIEW, assigned to the officer … */
    release: string;
    approve: string;
    reject: string;
    supplement: string;
    /** … APPROVED (no fee), and CARD_READY. */
    cardReady: string;
    collected: string;
  };
  documents: {
    /** On the open draft: one for the agency to remove, one for its FILE key. */
    first: string;
    second: string;
    /** On the revoked agency's case. */
    revoked: string;
  };
  /** A power of attorney waiting for an officer. */
  pendingMandate: string;
}

/** What arranging needs of the world being built. */
interface Arrange {
  token: Record<AccountKey, string>;
  holder: Holder;
  mandates: { revoked: string };
  gql(token: string | null, query: string, variables?: Record<string, unknown>): Promise<Answer>;
  must<T>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  upload(
    token: string | null,
    query: string,
    variables: Record<string, unknown>,
    file: MultipartFile,
  ): Promise<Answer>;
  caseRow(id: string): Promise<{ status: string; version: number }>;
}

const UPLOAD =
  'mutation($id: ID!, $type: DocumentType!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id } }';

export async function buildCases(w: Arrange, holders: Holder[]): Promise<Cases> {
  const { token } = w;
  const start = async (as: string, holder: Holder, alsoChange: string[]) =>
    (
      await w.must<{ startAmendment: { id: string } }>(
        as,
        'mutation($i: StartAmendmentInput!) { startAmendment(input: $i) { id } }',
        { i: { uiNumber: holder.uiNumber, birthDate: holder.birthDate, alsoChange } },
      )
    ).startAmendment.id;
  const upload = async (as: string, id: string, type: string) => {
    const answer = await w.upload(as, UPLOAD, { id, type }, pdf(`${type.toLowerCase()}.pdf`));
    if (answer.body.errors) throw new Error(`upload failed: ${JSON.stringify(answer.body.errors)}`);
    return (answer.body.data as { uploadAmendmentDocument: { id: string } }).uploadAmendmentDocument
      .id;
  };
  const submit = async (as: string, id: string) =>
    (
      await w.must<{ submitAmendment: { applicationNumber: string } }>(
        as,
        'mutation($id: ID!, $k: String!) { submitAmendment(id: $id, idempotencyKey: $k) { applicationNumber } }',
        { id, k: `arrange-${id}` },
      )
    ).submitAmendment.applicationNumber;
  const officer = (query: string, id: string, extra: Record<string, unknown> = {}) =>
    w.must(token.officer, query, { id, ...extra });
  const claim = (id: string) =>
    officer('mutation($id: ID!) { claimAmendment(id: $id) { id } }', id);
  const approve = async (id: string) =>
    officer('mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v) { id } }', id, {
      v: (await w.caseRow(id)).version,
    });

  // The revoked agency's case: filed (with a document) while its mandate held, then withdrawn;
  // then the holder revokes the mandate.
  const revoked = await start(token.revokedAgency, w.holder, ['UI_NUMBER_NEW_FORMAT']);
  const revokedDocument = await upload(token.revokedAgency, revoked, 'OTHER');
  const revokedNumber = await submit(token.revokedAgency, revoked);
  // While the mandate holds, the agency reads its case: the refusals later come from revoking it.
  await w.must(token.revokedAgency, 'query($id: ID!) { amendment(id: $id) { id } }', {
    id: revoked,
  });
  await w.must(token.revokedAgency, 'mutation($id: ID!) { withdrawAmendment(id: $id) { id } }', {
    id: revoked,
  });
  await w.must(token.holder, 'mutation($id: ID!) { revokeMandate(id: $id) { id } }', {
    id: w.mandates.revoked,
  });

  // The agency's approved case with a fee due (a new UI number for personal reasons: NT$500).
  const approved = await start(token.agency, w.holder, ['UI_NUMBER_PERSONAL_REASON']);
  await upload(token.agency, approved, 'UI_NUMBER_CHANGE_STATEMENT');
  await upload(token.agency, approved, 'CURRENT_CARD');
  const approvedNumber = await submit(token.agency, approved);
  await claim(approved);
  await approve(approved);

  // The agency's open draft (an email change), with two documents.
  const open = await start(token.agency, w.holder, ['EMAIL']);
  await w.must(
    token.agency,
    'mutation($id: ID!) { saveAmendmentDraft(id: $id, input: { email: "mx-new@mail.test" }) { id } }',
    { id: open },
  );
  const first = await upload(token.agency, open, 'OTHER');
  const second = await upload(token.agency, open, 'OTHER');

  // Officers' cases: the clerks agency files for other holders under verified powers of attorney.
  const powerOfAttorney = async (holder: Holder) => {
    const answer = await w.upload(
      token.clerks,
      'mutation($i: RequestMandateInput!, $file: Upload!) { requestMandate(input: $i, file: $file) { id } }',
      {
        i: {
          uiNumber: holder.uiNumber,
          birthDate: holder.birthDate,
          items: [],
          validUntil: inDays(300),
        },
      },
      pdf('power-of-attorney.pdf'),
    );
    if (answer.body.errors) throw new Error(`PoA failed: ${JSON.stringify(answer.body.errors)}`);
    return (answer.body.data as { requestMandate: { id: string } }).requestMandate.id;
  };
  const names = [
    'claim',
    'reassign',
    'release',
    'approve',
    'reject',
    'supplement',
    'cardReady',
    'collected',
  ] as const;
  if (holders.length < names.length + 1) throw new Error('not enough holders seeded');
  const review = {} as Record<(typeof names)[number], string>;
  for (const [i, name] of names.entries()) {
    const holder = holders[i]!;
    await w.must(
      token.supervisor,
      'mutation($id: ID!) { verifyMandate(id: $id, approve: true) { id } }',
      { id: await powerOfAttorney(holder) },
    );
    review[name] = await start(token.clerks, holder, ['UI_NUMBER_NEW_FORMAT']);
    await submit(token.clerks, review[name]);
  }
  for (const name of names.slice(2)) await claim(review[name]);
  await approve(review.cardReady);
  await approve(review.collected);
  await officer('mutation($id: ID!) { markCardReady(id: $id) { id } }', review.collected);
  const pendingMandate = await powerOfAttorney(holders[names.length]!);

  return {
    cases: { approved, approvedNumber, revoked, revokedNumber, open, ...review },
    documents: { first, second, revoked: revokedDocument },
    pendingMandate,
  };
}
