import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import {
  bearer,
  createAccount,
  login,
  loginToken,
  STRONG_PASSWORD,
} from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';
import { Role } from '../../shared/actor.js';
import { changeStaffAccount } from './staff.service.js';

let db: TestDatabase;
let server: TestServer;
/** Session tokens by account name. */
const token: Record<string, string> = {};
/** Account ids by account name. */
const id: Record<string, string> = {};

const gql = <T = Record<string, unknown>>(
  who: string | null,
  query: string,
  variables: Record<string, unknown> = {},
) =>
  server.post<T>(query, variables, {
    'accept-language': 'en',
    ...(who ? bearer(token[who]!) : {}),
  });

const ROW = 'id role disabled locked lastLoginAt openCases';
type Row = {
  id: string;
  role: string;
  disabled: boolean;
  locked: boolean;
  lastLoginAt: string | null;
  openCases: number;
};
const MUTATIONS = {
  disable: `mutation($id: ID!) { disableStaffAccount(id: $id) { ${ROW} } }`,
  enable: `mutation($id: ID!) { enableStaffAccount(id: $id) { ${ROW} } }`,
  unlock: `mutation($id: ID!) { unlockStaffAccount(id: $id) { ${ROW} } }`,
  role: `mutation($id: ID!, $role: Role!) { changeStaffRole(id: $id, role: $role) { ${ROW} } }`,
};

async function staffRow(name: string): Promise<Row> {
  const res = await gql<{ staffAccounts: { items: Row[] } }>(
    'chief',
    `{ staffAccounts(perPage: 100) { items { ${ROW} } } }`,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.staffAccounts.items.find((r) => r.id === id[name])!;
}

const auditOf = (action: string, entityId: string) =>
  db.sql<{ actor_account_id: string; detail: Record<string, unknown> | null; changes: unknown }>(
    'select actor_account_id, detail, changes from audit_event where action = $1 and entity_id = $2',
    [action, entityId],
  );
const accountRows = () =>
  db
    .sql<{ row: string }>('select a::text as row from account a order by id')
    .then((r) => r.map((x) => x.row).join('\n'));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 3);
  // Many logins from one address and to one account: the rate limits are tested elsewhere.
  server = await startTestServer(db, {
    env: { LOGIN_RATE_LIMIT_PER_IP: '100000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000' },
  });
  for (const [name, role] of [
    ['chief', Role.SUPERVISOR],
    ['deputy', Role.SUPERVISOR],
    ['wang', Role.OFFICER],
    ['chen', Role.OFFICER],
    ['holder', Role.APPLICANT],
    ['agency', Role.AGENCY],
  ] as const) {
    id[name] = (await createAccount(db, { accountName: name, role, locale: 'en' })).id;
    token[name] = await loginToken(server, name);
  }
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('the staff list', () => {
  it('shows each account’s last login, whether it is disabled or locked, and its open cases', async () => {
    const holder = wizard(server, token.holder!);
    await holder.acceptTerms();
    const started = await holder.start({
      uiNumber: DEMO_HOLDER.uiNumber,
      birthDate: DEMO_HOLDER.birthDate,
      passportNumber: DEMO_HOLDER.passport.number,
      alsoChange: ['EMAIL'],
    });
    const caseId = started.body.data!.startAmendment.id;
    expect((await holder.save(caseId, { email: 'new@mail.test' })).body.errors).toBeUndefined();
    expect((await holder.submit(caseId, `k-${caseId}`)).body.errors).toBeUndefined();
    expect((await staffRow('wang')).openCases).toBe(0);
    const claimed = await gql('wang', 'mutation($id: ID!) { claimAmendment(id: $id) { id } }', {
      id: caseId,
    });
    expect(claimed.body.errors).toBeUndefined();

    const wang = await staffRow('wang');
    expect(wang).toMatchObject({ role: 'OFFICER', disabled: false, locked: false, openCases: 1 });
    expect(Date.now() - Date.parse(wang.lastLoginAt!)).toBeLessThan(10 * 60_000);
    expect((await staffRow('chen')).openCases).toBe(0);
    // Waiting for the applicant is still the officer's case; a decided one is not.
    await db.sql("update amendment set status = 'SUPPLEMENT_REQUESTED' where id = $1", [caseId]);
    expect((await staffRow('wang')).openCases).toBe(1);
    await db.sql("update amendment set status = 'APPROVED' where id = $1", [caseId]);
    expect((await staffRow('wang')).openCases).toBe(0);
  });

  it('costs the same statements whatever its length: open cases are one grouped count', async () => {
    const counts: number[] = [];
    for (const perPage of [1, 100]) {
      db.queries.length = 0;
      const res = await gql<{ staffAccounts: { items: Row[] } }>(
        'chief',
        'query($n: Int!) { staffAccounts(perPage: $n) { items { id openCases } } }',
        { n: perPage },
      );
      expect(res.body.data!.staffAccounts.items).toHaveLength(perPage === 1 ? 1 : 4);
      counts.push(db.queries.length);
    }
    // Session, page, count, open cases.
    expect(counts).toEqual([4, 4]);
  });

  it('a new login moves lastLoginAt forward', async () => {
    await db.sql("update account set last_login_at = now() - interval '3 days' where id = $1", [
      id.chen,
    ]);
    const before = Date.parse((await staffRow('chen')).lastLoginAt!);
    token.chen = await loginToken(server, 'chen');
    expect(Date.parse((await staffRow('chen')).lastLoginAt!)).toBeGreaterThan(
      before + 2 * 86_400_000,
    );
  });
});

describe('disabling a staff account', () => {
  it('ends every session of that person at once, refuses their login, and enabling restores it', async () => {
    const second = await loginToken(server, 'wang');
    const disabled = await gql<{ disableStaffAccount: Row }>('chief', MUTATIONS.disable, {
      id: id.wang,
    });
    expect(disabled.body.data!.disableStaffAccount).toMatchObject({ disabled: true });
    // Both open sessions answer as an ended session does on their very next request.
    for (const t of [token.wang!, second]) {
      expect(codeOf(await server.post('{ me { id } }', {}, bearer(t)))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await login(server, 'wang', STRONG_PASSWORD))).toBe('ACCOUNT_DISABLED');
    // A wrong password still answers as a wrong password: the state is told only to the owner.
    expect(codeOf(await login(server, 'wang', 'not the password at all'))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect((await staffRow('wang')).disabled).toBe(true);
    const [audit] = await auditOf('account.staff.disabled', id.wang!);
    expect(audit).toMatchObject({ actor_account_id: id.chief, detail: { sessionsEnded: 2 } });
    const refusals = await db.sql<{ n: number }>(
      `select count(*)::int as n from audit_event
       where action = 'auth.login.failure' and entity_id = $1 and detail->>'reason' = 'disabled'`,
      [id.wang],
    );
    expect(refusals[0]!.n).toBe(1);

    // Disabling again changes nothing and records nothing.
    await gql('chief', MUTATIONS.disable, { id: id.wang });
    expect(await auditOf('account.staff.disabled', id.wang!)).toHaveLength(1);

    const enabled = await gql<{ enableStaffAccount: Row }>('chief', MUTATIONS.enable, {
      id: id.wang,
    });
    expect(enabled.body.data!.enableStaffAccount).toMatchObject({ disabled: false });
    expect(await auditOf('account.staff.enabled', id.wang!)).toHaveLength(1);
    token.wang = await loginToken(server, 'wang');
    expect(codeOf(await server.post('{ me { id } }', {}, bearer(token.wang)))).toBeUndefined();
  });
});

describe('unlocking a staff account', () => {
  it('lets an officer locked out by wrong passwords log in with their password', async () => {
    for (let i = 0; i < 5; i++) await login(server, 'chen', 'wrong password, try again');
    expect(codeOf(await login(server, 'chen', STRONG_PASSWORD))).toBe('ACCOUNT_LOCKED');
    expect((await staffRow('chen')).locked).toBe(true);
    const unlocked = await gql<{ unlockStaffAccount: Row }>('chief', MUTATIONS.unlock, {
      id: id.chen,
    });
    expect(unlocked.body.data!.unlockStaffAccount.locked).toBe(false);
    expect(await auditOf('account.staff.unlocked', id.chen!)).toMatchObject([
      { actor_account_id: id.chief, detail: { wasLocked: true, failedLogins: 5 } },
    ]);
    token.chen = await loginToken(server, 'chen');
    // The count starts again from nothing: one wrong password does not lock it again.
    expect(codeOf(await login(server, 'chen', 'wrong password, try again'))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(codeOf(await login(server, 'chen', STRONG_PASSWORD))).toBeUndefined();
  });
});

describe('changing a staff role', () => {
  it('takes effect on the person’s next request, with the session they already have', async () => {
    const list = '{ staffAccounts { total } }';
    expect(codeOf(await gql('chen', list))).toBe('FORBIDDEN');
    const promoted = await gql<{ changeStaffRole: Row }>('chief', MUTATIONS.role, {
      id: id.chen,
      role: 'SUPERVISOR',
    });
    expect(promoted.body.data!.changeStaffRole.role).toBe('SUPERVISOR');
    expect(codeOf(await gql('chen', list))).toBeUndefined();
    await gql('chief', MUTATIONS.role, { id: id.chen, role: 'OFFICER' });
    expect(codeOf(await gql('chen', list))).toBe('FORBIDDEN');
    expect((await auditOf('account.staff.role-changed', id.chen!)).map((a) => a.changes)).toEqual([
      { role: { before: 'OFFICER', after: 'SUPERVISOR' } },
      { role: { before: 'SUPERVISOR', after: 'OFFICER' } },
    ]);
  });

  it('only to a staff role', async () => {
    const before = await accountRows();
    const res = await gql('chief', MUTATIONS.role, { id: id.chen, role: 'APPLICANT' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(
      (res.body.errors![0]!.extensions as { fields: { field: string }[] }).fields[0]!.field,
    ).toBe('role');
    expect(await accountRows()).toBe(before);
  });
});

describe('refusals', () => {
  it('only supervisors may; officers, applicants, agencies and anonymous callers change nothing', async () => {
    const before = await accountRows();
    for (const [who, expected] of [
      ['wang', 'FORBIDDEN'],
      ['holder', 'FORBIDDEN'],
      ['agency', 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      for (const query of Object.values(MUTATIONS)) {
        const res = await gql(who, query, { id: id.chen, role: 'SUPERVISOR' });
        expect(codeOf(res), `${who ?? 'anonymous'}: ${query}`).toBe(expected);
        expect(res.body.data ?? null).toBeNull();
      }
    }
    expect(await accountRows()).toBe(before);
  });

  it('bad ids are coded errors and change nothing', async () => {
    const before = await accountRows();
    for (const query of Object.values(MUTATIONS)) {
      const malformed = await gql('chief', query, { id: 'not-an-id', role: 'OFFICER' });
      expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
      // Unknown, and an account that is not staff: not found either way.
      for (const other of ['7d1f7a43-2b8e-4d55-9d3a-6b0d1c2e3f40', id.holder])
        expect(codeOf(await gql('chief', query, { id: other, role: 'OFFICER' }))).toBe('NOT_FOUND');
    }
    expect(await accountRows()).toBe(before);
  });

  it('a supervisor can neither disable nor demote themself', async () => {
    const before = await accountRows();
    expect(codeOf(await gql('chief', MUTATIONS.disable, { id: id.chief }))).toBe(
      'OWN_ACCOUNT_UNCHANGEABLE',
    );
    expect(codeOf(await gql('chief', MUTATIONS.role, { id: id.chief, role: 'OFFICER' }))).toBe(
      'OWN_ACCOUNT_UNCHANGEABLE',
    );
    expect(await accountRows()).toBe(before);
  });
});

describe('the last active supervisor', () => {
  it('cannot be disabled or made an officer (the rule, for a caller whose own account was disabled meanwhile)', async () => {
    await db.sql('update account set disabled_at = now() where id = $1', [id.chief]);
    try {
      const em = db.orm.em.fork();
      const chief = {
        kind: 'account' as const,
        accountId: id.chief!,
        role: Role.SUPERVISOR,
        applicantId: null,
      };
      const settings = server.config.auth;
      for (const change of [{ kind: 'disable' }, { kind: 'role', role: Role.OFFICER }] as const)
        await expect(
          changeStaffAccount(em, settings, chief, { id: id.deputy }, change),
        ).rejects.toMatchObject({ code: 'LAST_ACTIVE_SUPERVISOR' });
      expect(
        (
          await db.sql(
            'select 1 from account where id = $1 and disabled_at is null and role = $2',
            [id.deputy, 'SUPERVISOR'],
          )
        ).length,
      ).toBe(1);
    } finally {
      await db.sql('update account set disabled_at = null where id = $1', [id.chief]);
    }
  });

  it('two supervisors disabling each other at once: one wins, one supervisor stays active', async () => {
    token.chief = await loginToken(server, 'chief');
    token.deputy = await loginToken(server, 'deputy');
    const [a, b] = await Promise.all([
      gql('chief', MUTATIONS.disable, { id: id.deputy }),
      gql('deputy', MUTATIONS.disable, { id: id.chief }),
    ]);
    const codes = [codeOf(a), codeOf(b)];
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    // The loser was refused by the rule, or (its session ended first) as an ended session.
    expect(['LAST_ACTIVE_SUPERVISOR', 'UNAUTHENTICATED']).toContain(codes.find(Boolean));
    const active = await db.sql(
      "select 1 from account where role = 'SUPERVISOR' and disabled_at is null",
    );
    expect(active).toHaveLength(1);
  });
});
