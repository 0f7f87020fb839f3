import { allowedBut, type CallContext, type MatrixEntry, OK, onlyFor } from './matrix.js';

/**
 * The officers' side. The cases are other holders' (filed by an agency under verified powers of
 * attorney); every non-staff caller is refused before the case is even looked at. Decisions are
 * the assigned officer's alone: the supervisor, not assigned, is refused them. Versions are read
 * live, so a refusal is never a stale-version CONFLICT in disguise.
 */

const STAFF = onlyFor({ officer: OK, supervisor: OK });
/** Both may; the officer acts first and the supervisor then finds the step taken. */
const STAFF_ONCE = onlyFor({ officer: OK, supervisor: allowedBut('INVALID_TRANSITION') });
/** The officer assigned to the case decides; nobody else, supervisors included. */
const ASSIGNED_OFFICER = onlyFor({ officer: OK });

async function decide(c: CallContext, mutation: string, id: string) {
  return c.gql(mutation, { id, v: (await c.w.caseRow(id)).version });
}

export const REVIEW_ENTRIES: MatrixEntry[] = [
  {
    operation: 'Query.amendments',
    rule: 'officers and supervisors',
    expect: STAFF,
    call: (c) =>
      c.gql(
        '{ amendments(perPage: 5, filter: { search: "smith", queue: TO_CLAIM }) { total items { id } } }',
      ),
  },
  {
    operation: 'Query.amendmentStats',
    rule: 'officers and supervisors',
    expect: STAFF,
    call: (c) => c.gql('{ amendmentStats { unassigned myQueue } }'),
  },
  {
    operation: 'Query.caseQueues',
    rule: 'officers and supervisors',
    expect: STAFF,
    call: (c) => c.gql('{ caseQueues { queue label count countExact } }'),
  },
  {
    operation: 'Query.applicants',
    rule: 'officers and supervisors',
    expect: STAFF,
    call: (c) => c.gql('{ applicants(perPage: 5) { total } }'),
  },
  {
    operation: 'Query.applicant',
    rule: 'officers, and the holder’s own account (a mandate shows the holder only through cases)',
    expect: onlyFor({ holder: OK, officer: OK, supervisor: OK }),
    call: (c) =>
      c.gql('query($id: ID!) { applicant(id: $id) { id uiNumber } }', { id: c.w.holder.id }),
  },
  {
    operation: 'Mutation.claimAmendment',
    rule: 'officers and supervisors, on a submitted case they did not file',
    expect: STAFF_ONCE,
    call: (c) =>
      c.gql('mutation($id: ID!) { claimAmendment(id: $id) { status } }', { id: c.w.cases.claim }),
  },
  {
    operation: 'Mutation.releaseAmendment',
    rule: 'the assigned officer, or a supervisor',
    expect: STAFF_ONCE,
    call: (c) =>
      c.gql('mutation($id: ID!) { releaseAmendment(id: $id) { status } }', {
        id: c.w.cases.release,
      }),
  },
  {
    operation: 'Mutation.reassignAmendment',
    rule: 'supervisors only',
    expect: onlyFor({ supervisor: OK }),
    call: (c) =>
      c.gql(
        'mutation($id: ID!, $o: ID!) { reassignAmendment(id: $id, officerId: $o) { status } }',
        {
          id: c.w.cases.reassign,
          o: c.w.accountId.officer,
        },
      ),
  },
  {
    operation: 'Mutation.approveAmendment',
    rule: 'the assigned officer only',
    expect: ASSIGNED_OFFICER,
    call: (c) =>
      decide(
        c,
        'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v, note: "ok") { status } }',
        c.w.cases.approve,
      ),
  },
  {
    operation: 'Mutation.rejectAmendment',
    rule: 'the assigned officer only',
    expect: ASSIGNED_OFFICER,
    call: (c) =>
      decide(
        c,
        'mutation($id: ID!, $v: Int!) { rejectAmendment(id: $id, version: $v, reason: "Not verifiable") { status } }',
        c.w.cases.reject,
      ),
  },
  {
    operation: 'Mutation.requestSupplement',
    rule: 'the assigned officer only',
    expect: ASSIGNED_OFFICER,
    call: (c) =>
      decide(
        c,
        'mutation($id: ID!, $v: Int!) { requestSupplement(id: $id, version: $v, documents: [OTHER], message: "The bill, please") { status } }',
        c.w.cases.supplement,
      ),
  },
  {
    operation: 'Mutation.markCardReady',
    rule: 'officers and supervisors, on an approved case whose fee (if any) is paid',
    expect: STAFF_ONCE,
    call: (c) =>
      c.gql('mutation($id: ID!) { markCardReady(id: $id) { status } }', {
        id: c.w.cases.cardReady,
      }),
  },
  {
    operation: 'Query.decisionReasons',
    rule: 'officers and supervisors',
    expect: STAFF,
    call: (c) => c.gql('{ decisionReasons(kind: REJECTION) { code label text } }'),
  },
  // Bulk actions answer per case; the withdrawn case makes each one a refusal inside the answer
  // (INVALID_TRANSITION), so nothing changes for the other entries.
  ...(['claimAmendments', 'markCardsReady', 'markCardsCollected'] as const).map(
    (name): MatrixEntry => ({
      operation: `Mutation.${name}`,
      rule: 'officers and supervisors; each case then as its single action',
      expect: STAFF,
      call: (c) =>
        c.gql(`mutation($ids: [ID!]!) { ${name}(ids: $ids) { id ok code } }`, {
          ids: [c.w.cases.revoked],
        }),
    }),
  ),
  {
    operation: 'Mutation.exportAmendments',
    rule: 'officers and supervisors (audited)',
    expect: STAFF,
    call: (c) =>
      c.gql('mutation { exportAmendments(filter: { status: [SUBMITTED] }) { rows truncated } }'),
  },
  {
    operation: 'Mutation.markCardCollected',
    rule: 'officers and supervisors, on a case whose card is ready',
    expect: STAFF_ONCE,
    call: (c) =>
      c.gql('mutation($id: ID!) { markCardCollected(id: $id) { status } }', {
        id: c.w.cases.collected,
      }),
  },
];
