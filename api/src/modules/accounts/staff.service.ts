import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { AuthSettings } from '../../config.js';
import { type Actor, STAFF_ROLES } from '../../shared/actor.js';
import { query } from '../../db/raw-read.js';
import { AppError, badInput } from '../../shared/errors.js';
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
import { SessionService } from './session.service.js';

const policies = {
  'staff:create': (actor, _none: null) => hasRole(actor, Role.SUPERVISOR),
  'staff:administer': (actor, _none: null) => hasRole(actor, Role.SUPERVISOR),
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

/** What a supervisor may do to another staff account. */
export type StaffChange =
  { kind: 'disable' } | { kind: 'enable' } | { kind: 'unlock' } | { kind: 'role'; role: Role };

const idSchema = z.object({ id: z.uuid() });
const roleSchema = z.object({ role: z.enum([Role.OFFICER, Role.SUPERVISOR]) });

/** Any fixed number: the transaction lock that makes staff changes happen one at a time. */
const STAFF_ADMINISTRATION_LOCK = 20_261_206_300;

/** Changes that could leave the service without a supervisor able to administer it. */
const removesSupervisor = (account: Account, change: StaffChange) =>
  account.role === Role.SUPERVISOR &&
  !account.disabledAt &&
  (change.kind === 'disable' || (change.kind === 'role' && change.role !== Role.SUPERVISOR));

/**
 * Supervisors disable, enable, unlock and re-role officer and supervisor accounts. One change
 * at a time (a transaction lock), so two supervisors disabling each other at once cannot leave
 * nobody in charge: the second finds it would remove the last active supervisor. A change that
 * changes nothing (enabling an enabled account) succeeds without an audit event.
 */
export async function changeStaffAccount(
  em: EntityManager,
  settings: AuthSettings,
  actor: Actor,
  input: { id: unknown },
  change: StaffChange,
): Promise<Account> {
  assertCan(actor, 'staff:administer', null);
  const { id } = parseInput(idSchema, input, '');
  if (change.kind === 'role') parseInput(roleSchema, { role: change.role }, '');
  return em.transactional(async (tx) => {
    await query(tx, 'select pg_advisory_xact_lock(?)', [STAFF_ADMINISTRATION_LOCK]);
    const account = await tx.findOne(
      Account,
      { id, role: { $in: [...STAFF_ROLES] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!account) throw new AppError('NOT_FOUND', { entity: 'Account' });
    if (account.id === actor.accountId && (change.kind === 'disable' || change.kind === 'role'))
      throw new AppError('OWN_ACCOUNT_UNCHANGEABLE');
    if (removesSupervisor(account, change)) {
      const others = await tx.count(Account, {
        role: Role.SUPERVISOR,
        disabledAt: null,
        id: { $ne: account.id },
      });
      if (others === 0) throw new AppError('LAST_ACTIVE_SUPERVISOR');
    }
    const audit = { actor, entityType: 'Account', entityId: account.id } as const;
    switch (change.kind) {
      case 'disable': {
        if (account.disabledAt) break;
        account.disabledAt = new Date();
        const ended = await new SessionService(tx, settings).endAllFor(account.id, 'disabled');
        recordAudit(tx, {
          ...audit,
          action: 'account.staff.disabled',
          detail: { sessionsEnded: ended },
        });
        break;
      }
      case 'enable':
        if (!account.disabledAt) break;
        account.disabledAt = null;
        recordAudit(tx, { ...audit, action: 'account.staff.enabled' });
        break;
      case 'unlock':
        if (!account.lockedAt && account.failedLoginCount === 0) break;
        recordAudit(tx, {
          ...audit,
          action: 'account.staff.unlocked',
          detail: { wasLocked: Boolean(account.lockedAt), failedLogins: account.failedLoginCount },
        });
        account.lockedAt = null;
        account.failedLoginCount = 0;
        break;
      case 'role':
        if (account.role === change.role) break;
        recordAudit(tx, {
          ...audit,
          action: 'account.staff.role-changed',
          changes: { role: { before: account.role, after: change.role } },
        });
        account.role = change.role;
        break;
    }
    return account;
  });
}
