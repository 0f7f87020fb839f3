import {
  allowedBut,
  CALLERS,
  hides,
  type MatrixEntry,
  OK,
  onlyFor,
  SIGNED_IN_MUTATION,
  SIGNED_IN_QUERY,
} from './matrix.js';

/** The caller's own account, notices and terms; the supervisors' staff, audit and payments views. */

const SUPERVISOR_ONLY = onlyFor({ supervisor: OK });
/** Callers with a password of their own: people, not their software. */
const PEOPLE = CALLERS.filter((c) => c !== 'anonymous' && c !== 'readKey' && c !== 'fileKey');

export const ACCOUNT_ENTRIES: MatrixEntry[] = [
  {
    operation: 'Query.me',
    rule: 'any signed-in caller, about itself (a key answers its account)',
    expect: SIGNED_IN_QUERY,
    call: (c) => c.gql('{ me { id role } }'),
  },
  {
    operation: 'Mutation.changePassword',
    rule: 'people only, for their own account: software with a key never touches the password',
    // A too-short new password: refused for a domain reason once past authorization.
    expect: onlyFor(Object.fromEntries(PEOPLE.map((c) => [c, allowedBut('BAD_USER_INPUT')]))),
    call: (c) =>
      c.gql(
        'mutation { changePassword(currentPassword: "not the password", newPassword: "short") { id } }',
      ),
  },
  {
    operation: 'Mutation.acceptAmendmentTerms',
    rule: 'any signed-in caller, for itself (a READ key may not change anything)',
    expect: SIGNED_IN_MUTATION,
    call: (c) =>
      c.gql('mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }', {
        v: c.w.termsVersion,
      }),
  },
  {
    operation: 'Query.notifications',
    rule: 'any signed-in caller, its own notices only',
    expect: SIGNED_IN_QUERY,
    call: (c) => c.gql('{ notifications(perPage: 100) { total unread items { id } } }'),
    verify: hides(
      CALLERS.filter((c) => c !== 'holder'),
      (w) => w.notification,
    ),
  },
  {
    operation: 'Mutation.markNotificationRead',
    rule: 'the owner of the notice; to anyone else it does not exist',
    expect: onlyFor(
      { holder: OK },
      Object.fromEntries(
        CALLERS.filter((c) => c !== 'anonymous' && c !== 'readKey').map((c) => [c, 'NOT_FOUND']),
      ),
    ),
    call: (c) =>
      c.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', {
        id: c.w.notification,
      }),
  },
  {
    operation: 'Mutation.markAllNotificationsRead',
    rule: 'any signed-in caller, its own notices only',
    expect: SIGNED_IN_MUTATION,
    call: (c) => c.gql('mutation { markAllNotificationsRead }'),
  },
  {
    operation: 'Mutation.createStaffAccount',
    rule: 'supervisors only',
    expect: SUPERVISOR_ONLY,
    call: (c) =>
      c.gql(
        'mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { account { id } } }',
        {
          i: {
            account: `mx-staff-${c.caller.toLowerCase()}`,
            email: `mx-staff-${c.caller.toLowerCase()}@nia.example`,
            displayName: 'Matrix officer',
            role: 'OFFICER',
          },
        },
      ),
  },
  {
    operation: 'Query.staffAccounts',
    rule: 'supervisors only',
    expect: SUPERVISOR_ONLY,
    call: (c) =>
      c.gql(
        '{ staffAccounts(perPage: 5) { total items { openCases lastLoginAt locked disabled } } }',
      ),
  },
  // The supervisor's calls change nothing: its own account is refused with a domain code, and
  // enabling or unlocking an officer who is neither disabled nor locked is a no-op.
  {
    operation: 'Mutation.disableStaffAccount',
    rule: 'supervisors only, never their own account',
    expect: onlyFor({ supervisor: allowedBut('OWN_ACCOUNT_UNCHANGEABLE') }),
    call: (c) =>
      c.gql('mutation($id: ID!) { disableStaffAccount(id: $id) { id } }', {
        id: c.caller === 'supervisor' ? c.w.accountId.supervisor : c.w.accountId.officer,
      }),
  },
  {
    operation: 'Mutation.enableStaffAccount',
    rule: 'supervisors only',
    expect: SUPERVISOR_ONLY,
    call: (c) =>
      c.gql('mutation($id: ID!) { enableStaffAccount(id: $id) { id disabled } }', {
        id: c.w.accountId.officer,
      }),
  },
  {
    operation: 'Mutation.unlockStaffAccount',
    rule: 'supervisors only',
    expect: SUPERVISOR_ONLY,
    call: (c) =>
      c.gql('mutation($id: ID!) { unlockStaffAccount(id: $id) { id locked } }', {
        id: c.w.accountId.officer,
      }),
  },
  {
    operation: 'Mutation.changeStaffRole',
    rule: 'supervisors only, never their own role',
    expect: onlyFor({ supervisor: allowedBut('OWN_ACCOUNT_UNCHANGEABLE') }),
    call: (c) =>
      c.gql('mutation($id: ID!) { changeStaffRole(id: $id, role: SUPERVISOR) { id role } }', {
        id: c.caller === 'supervisor' ? c.w.accountId.supervisor : c.w.accountId.officer,
      }),
  },
  {
    operation: 'Query.auditEvents',
    rule: 'supervisors only',
    expect: SUPERVISOR_ONLY,
    call: (c) => c.gql('{ auditEvents(perPage: 1) { total items { actorName } } }'),
  },
  {
    operation: 'Query.paymentReconciliation',
    rule: 'supervisors only',
    expect: SUPERVISOR_ONLY,
    call: (c) => c.gql('{ paymentReconciliation { unpaidForDays } }'),
  },
];
