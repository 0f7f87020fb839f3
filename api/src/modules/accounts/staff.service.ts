import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { badInput } from '../../shared/errors.js';
import { hashPassword } from '../../shared/passwords.js';
import { parseInput } from '../../shared/validation.js';
import {
  type AssertCan,
  definePolicies,
  hasRole,
  type Policy,
} from '../../shared/authorization.js';
import { Role } from '../../shared/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { Account } from './account.entity.js';
import { staffSchema } from './accounts.inputs.js';

const policies = {
  'staff:create': (actor, _none: null) => hasRole(actor, Role.SUPERVISOR),
} satisfies Record<string, Policy<never>>;
export const assertCan: AssertCan<typeof policies> = definePolicies(policies);

/** A random temporary password; the account must replace it at first login. */
export function temporaryPassword(): string {
  return randomBytes(15).toString('base64url');
}

/**
 * Officers and supervisors never register themselves: a supervisor (or, for the very first one,
 * the `create-staff` command) creates them with a temporary password.
 */
export async function createStaffAccount(
  em: EntityManager,
  actor: Actor | 'system',
  input: unknown,
): Promise<{ account: Account; temporaryPassword: string }> {
  if (actor !== 'system') assertCan(actor, 'staff:create', null);
  const data = parseInput(staffSchema, input, 'input');
  const taken = await em.count(Account, {
    $or: [{ accountName: data.account }, { email: data.email }],
  });
  if (taken) {
    throw badInput([
      { field: 'input.account', problem: 'ACCOUNT_NAME_UNAVAILABLE' },
      { field: 'input.email', problem: 'ACCOUNT_NAME_UNAVAILABLE' },
    ]);
  }
  const password = temporaryPassword();
  const account = Object.assign(new Account(), {
    accountName: data.account,
    email: data.email,
    passwordHash: await hashPassword(password),
    role: data.role,
    displayName: data.displayName,
    emailVerifiedAt: new Date(),
    mustChangePassword: true,
  });
  em.persist(account);
  recordAudit(em, {
    action: 'account.staff.created',
    actor,
    entityType: 'Account',
    entityId: account.id,
    detail: { role: data.role },
  });
  await em.flush();
  return { account, temporaryPassword: password };
}
