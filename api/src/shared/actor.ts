import { registerEnumType } from 'type-graphql';

export enum Role {
  APPLICANT = 'APPLICANT',
  EMPLOYER = 'EMPLOYER',
  AGENCY = 'AGENCY',
  OFFICER = 'OFFICER',
  SUPERVISOR = 'SUPERVISOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account is allowed to do in the service',
  valuesConfig: {
    APPLICANT: { description: 'A Gold Card holder acting for themself' },
    EMPLOYER: { description: 'An employer filing on behalf of employees who mandated it' },
    AGENCY: { description: 'An authorised agency acting for holders who mandated it' },
    OFFICER: { description: 'An immigration officer reviewing amendments' },
    SUPERVISOR: {
      description: 'An officer who also manages accounts, agencies and reference data',
    },
  },
});

export const STAFF_ROLES: readonly Role[] = [Role.OFFICER, Role.SUPERVISOR];

/**
 * Who is calling: nobody (perhaps with a session that has just expired), or an authenticated
 * account in one role. A restricted session (expired password) may only change the password.
 */
export type Actor =
  | { kind: 'anonymous'; sessionExpired?: boolean }
  | {
      kind: 'account';
      accountId: string;
      role: Role;
      applicantId: string | null;
      sessionId?: string | null;
      restricted?: boolean;
      /** Set when the caller is an agency's or employer's software using an API key. */
      apiKeyId?: string | null;
      scopes?: readonly ('READ' | 'FILE')[];
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };
