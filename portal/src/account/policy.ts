import { useQuery } from '@apollo/client';
import { graphql } from '../generated';
import type { AccountPolicyQuery as AccountPolicyAnswer } from '../generated/graphql';

/**
 * The account rules this server applies, as it states them (`accountPolicy`): they are settings
 * of the deployment (docs/security.md), so the pages never assume them.
 */
export const AccountPolicyQuery = graphql(`
  query AccountPolicy {
    accountPolicy {
      passwordMinLength
      passwordMaxLength
      lockoutThreshold
      emailVerificationHours
      passwordResetMinutes
      passwordMaxAgeDays
      sessionIdleMinutes
    }
  }
`);

export type AccountPolicy = AccountPolicyAnswer['accountPolicy'];

/**
 * The rules, or undefined until the first answer (asked once per visit: they do not change while
 * the server runs). Pages leave out a sentence whose number is not known yet; the API checks
 * every rule again and says so in its own words.
 */
export function useAccountPolicy(): AccountPolicy | undefined {
  const { data } = useQuery(AccountPolicyQuery, { fetchPolicy: 'cache-first' });
  return data?.accountPolicy;
}
