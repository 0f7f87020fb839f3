import { allowedBut, type CallContext, hides, type MatrixEntry, OK, onlyFor } from './matrix.js';
import { pdf } from './world-cases.js';
import type { World } from './world.js';

/**
 * The holder's cases. Every call goes to a case about the holder filed by the agency, except the
 * revoked agency's: it is pointed at the case it filed itself while its mandate held, so its
 * refusals come from the revoked mandate, not from being a stranger to the case.
 */

const caseFor = (c: CallContext, id: string) =>
  c.caller === 'revokedAgency' ? c.w.cases.revoked : id;

/** Who may read a case: the holder, the filer while its mandate holds (and its keys), officers. */
const READERS = onlyFor({
  holder: OK,
  agency: OK,
  officer: OK,
  supervisor: OK,
  readKey: OK,
  fileKey: OK,
});
/** Who may change a case: its filer alone (an agency only while its mandate holds), FILE keys. */
const FILER = onlyFor({ agency: OK, fileKey: OK });
/** The filer again, when its FILE key comes second and finds the step already taken. */
const FILER_ONCE = onlyFor({ agency: OK, fileKey: allowedBut('INVALID_TRANSITION') });

async function expectStatus(w: World, id: string, status: string) {
  const row = await w.caseRow(id);
  if (row.status !== status)
    throw new Error(`the open case is ${row.status}, the entry needs ${status}: keep the order`);
}

export const CASE_ENTRIES: MatrixEntry[] = [
  {
    operation: 'Query.amendment',
    rule: 'the holder, the filer while its mandate is active, officers',
    expect: READERS,
    call: (c) =>
      c.gql('query($id: ID!) { amendment(id: $id) { id status } }', {
        id: caseFor(c, c.w.cases.approved),
      }),
  },
  {
    operation: 'Query.amendmentByApplicationNumber',
    rule: 'as `amendment`',
    expect: READERS,
    call: (c) =>
      c.gql('query($n: String!) { amendmentByApplicationNumber(applicationNumber: $n) { id } }', {
        n: c.caller === 'revokedAgency' ? c.w.cases.revokedNumber : c.w.cases.approvedNumber,
      }),
  },
  {
    operation: 'Query.feeQuote',
    rule: 'as `amendment`',
    expect: READERS,
    call: (c) =>
      c.gql('query($id: ID!) { feeQuote(amendmentId: $id) { amount payable } }', {
        id: caseFor(c, c.w.cases.approved),
      }),
  },
  {
    operation: 'Query.payments',
    rule: 'as `amendment`',
    expect: READERS,
    call: (c) =>
      c.gql('query($id: ID!) { payments(amendmentId: $id) { id } }', {
        id: caseFor(c, c.w.cases.approved),
      }),
  },
  {
    operation: 'Query.myAmendments',
    rule: 'holders, employers and agencies (and keys): what they filed (while mandated) or are about',
    expect: onlyFor({
      holder: OK,
      otherHolder: OK,
      employer: OK,
      agency: OK,
      revokedAgency: OK,
      readKey: OK,
      fileKey: OK,
    }),
    call: (c) => c.gql('{ myAmendments { id } }'),
    verify: hides(['otherHolder', 'employer', 'revokedAgency'], (w) => [
      w.cases.approved,
      w.cases.revoked,
    ]),
  },
  {
    operation: 'Mutation.startFeePayment',
    rule: 'the holder, or the filer while its mandate holds; not officers',
    expect: onlyFor({ holder: OK, agency: OK, fileKey: OK }),
    call: (c) =>
      c.gql(
        'mutation($id: ID!) { startFeePayment(amendmentId: $id, method: CREDIT_CARD) { formAction } }',
        { id: caseFor(c, c.w.cases.approved) },
      ),
  },

  // The agency's open case, walked from draft to withdrawal: these entries run in this order.
  {
    operation: 'Mutation.saveAmendmentDraft',
    rule: 'the filer alone, while its mandate holds (the holder may not edit an agency’s draft)',
    prepare: (w) => expectStatus(w, w.cases.open, 'DRAFT'),
    expect: FILER,
    call: (c) =>
      c.gql(
        'mutation($id: ID!, $i: SaveAmendmentDraftInput!) { saveAmendmentDraft(id: $id, input: $i) { id } }',
        { id: caseFor(c, c.w.cases.open), i: { email: 'mx-new@mail.test' } },
      ),
  },
  {
    operation: 'Mutation.uploadAmendmentDocument',
    rule: 'the filer alone, while its mandate holds',
    prepare: (w) => expectStatus(w, w.cases.open, 'DRAFT'),
    expect: FILER,
    call: (c) =>
      c.upload(
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: OTHER, file: $file) { id } }',
        { id: caseFor(c, c.w.cases.open) },
        pdf('extra.pdf'),
      ),
  },
  {
    operation: 'Mutation.removeAmendmentDocument',
    rule: 'the filer alone, while its mandate holds',
    prepare: (w) => expectStatus(w, w.cases.open, 'DRAFT'),
    expect: FILER,
    call: (c) =>
      c.gql('mutation($id: ID!) { removeAmendmentDocument(id: $id) }', {
        id:
          c.caller === 'revokedAgency'
            ? c.w.documents.revoked
            : c.caller === 'fileKey'
              ? c.w.documents.second
              : c.w.documents.first,
      }),
  },
  {
    operation: 'Mutation.submitAmendment',
    rule: 'the filer alone, while its mandate holds',
    prepare: (w) => expectStatus(w, w.cases.open, 'DRAFT'),
    expect: FILER_ONCE,
    call: (c) =>
      c.gql(
        'mutation($id: ID!, $k: String!) { submitAmendment(id: $id, idempotencyKey: $k) { id } }',
        {
          id: caseFor(c, c.w.cases.open),
          k: `matrix-submit-${c.caller}`,
        },
      ),
  },
  {
    operation: 'Mutation.respondToSupplementRequest',
    rule: 'the filer alone, while its mandate holds',
    // The officer asks for a document and the agency uploads it.
    prepare: async (w) => {
      await expectStatus(w, w.cases.open, 'SUBMITTED');
      const id = w.cases.open;
      await w.must(w.token.officer, 'mutation($id: ID!) { claimAmendment(id: $id) { id } }', {
        id,
      });
      await w.must(
        w.token.officer,
        'mutation($id: ID!, $v: Int!) { requestSupplement(id: $id, version: $v, documents: [OTHER], message: "The lease, please") { id } }',
        { id, v: (await w.caseRow(id)).version },
      );
      const uploaded = await w.upload(
        w.token.agency,
        'mutation($id: ID!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: OTHER, file: $file) { id } }',
        { id },
        pdf('lease.pdf'),
      );
      if (uploaded.body.errors) throw new Error(JSON.stringify(uploaded.body.errors));
    },
    expect: FILER_ONCE,
    call: (c) =>
      c.gql('mutation($id: ID!) { respondToSupplementRequest(amendmentId: $id) { status } }', {
        id: caseFor(c, c.w.cases.open),
      }),
  },
  {
    operation: 'Mutation.withdrawAmendment',
    rule: 'the filer alone, while its mandate holds',
    prepare: (w) => expectStatus(w, w.cases.open, 'UNDER_REVIEW'),
    expect: FILER_ONCE,
    call: (c) =>
      c.gql('mutation($id: ID!) { withdrawAmendment(id: $id, note: "matrix") { status } }', {
        id: caseFor(c, c.w.cases.open),
      }),
  },
  {
    operation: 'Mutation.startAmendment',
    rule: 'the holder’s own applicant account, or employers and agencies mandated for the items',
    // The holder opens a draft; the mandated employer and agency then find it open.
    prepare: (w) => expectStatus(w, w.cases.open, 'WITHDRAWN'),
    expect: onlyFor({
      holder: OK,
      employer: allowedBut('AMENDMENT_ALREADY_OPEN'),
      agency: allowedBut('AMENDMENT_ALREADY_OPEN'),
      fileKey: allowedBut('AMENDMENT_ALREADY_OPEN'),
    }),
    call: (c) =>
      c.gql('mutation($i: StartAmendmentInput!) { startAmendment(input: $i) { id } }', {
        i: {
          uiNumber: c.w.holder.uiNumber,
          birthDate: c.w.holder.birthDate,
          alsoChange: ['EMAIL'],
        },
      }),
  },
];
