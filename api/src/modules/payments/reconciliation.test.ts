import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, wizard } from '../../test-support/wizard.js';
import { Role } from '../../shared/actor.js';

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 4);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

/** A submitted case for holder number `index`, then given the state the test needs. */
async function caseFor(index: number, name: string) {
  const [h] = await db.sql<{ ui_number: string; birth: string; passport_number: string }>(
    "select ui_number, to_char(birth_date, 'YYYY-MM-DD') birth, passport_number from applicant order by ui_number offset $1 limit 1",
    [index],
  );
  await createAccount(db, { accountName: name });
  const client = wizard(server, await loginToken(server, name));
  await client.acceptTerms();
  const started = await client.start({
    uiNumber: h!.ui_number,
    birthDate: h!.birth,
    passportNumber: h!.passport_number,
    alsoChange: ['EMAIL'],
  });
  const id = started.body.data!.startAmendment.id;
  await client.save(id, { email: `${name}@new.test` });
  await client.submit(id, `${name}-submit-key`);
  return id;
}

const fee = (amount: number) =>
  JSON.stringify({ amount, required: true, cardPrinted: true, scheduleVersion: 1, lines: [] });

describe('payment reconciliation', () => {
  it('lists fees unpaid too long and payments to refund, for supervisors only', async () => {
    const overdue = await caseFor(0, 'late-payer');
    const recent = await caseFor(1, 'recent-payer');
    const free = await caseFor(2, 'free-case');
    const withdrawn = await caseFor(3, 'withdrawn-payer');
    await db.sql(
      "update amendment set status = 'APPROVED', fee = $2, decided_at = now() - interval '20 days' where id = $1",
      [overdue, fee(500)],
    );
    await db.sql(
      "update amendment set status = 'APPROVED', fee = $2, decided_at = now() - interval '2 days' where id = $1",
      [recent, fee(500)],
    );
    await db.sql(
      "update amendment set status = 'APPROVED', fee = $2, decided_at = now() - interval '20 days' where id = $1",
      [free, fee(0)],
    );
    await db.sql("update amendment set status = 'WITHDRAWN' where id = $1", [withdrawn]);
    await db.sql(
      `insert into payment (id, amendment_id, merchant_trade_no, amount, method, provider, status, duplicate, started_by, created_at, updated_at, paid_at)
       values (gen_random_uuid(), $1, 'GCRECON0001', 500, 'CREDIT_CARD', 'sandbox', 'PAID', false, gen_random_uuid(), now(), now(), now())`,
      [withdrawn],
    );
    await createAccount(db, { accountName: 'finance-chief', role: Role.SUPERVISOR });
    await createAccount(db, { accountName: 'plain-officer', role: Role.OFFICER });
    const QUERY =
      '{ paymentReconciliation(unpaidForDays: 14) { unpaidForDays unpaidFees { id } paymentsToRefund { merchantTradeNo amount amendmentId } } }';
    type R = {
      paymentReconciliation: {
        unpaidFees: { id: string }[];
        paymentsToRefund: { merchantTradeNo: string; amount: number; amendmentId: string }[];
      };
    };
    const res = await server.post<R>(QUERY, {}, bearer(await loginToken(server, 'finance-chief')));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.paymentReconciliation.unpaidFees).toEqual([{ id: overdue }]);
    expect(res.body.data!.paymentReconciliation.paymentsToRefund).toEqual([
      { merchantTradeNo: 'GCRECON0001', amount: 500, amendmentId: withdrawn },
    ]);
    expect(
      codeOf(await server.post(QUERY, {}, bearer(await loginToken(server, 'plain-officer')))),
    ).toBe('FORBIDDEN');
    expect(codeOf(await server.post(QUERY))).toBe('UNAUTHENTICATED');
  });
});
