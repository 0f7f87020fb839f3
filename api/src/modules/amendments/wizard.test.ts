import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { seedFixtureHolders } from '../../test-support/fixtures.js';
import { startTestServer, type TestServer } from '../../test-support/server.js';
import { bearer, createAccount, loginToken } from '../../test-support/accounts.js';
import { codeOf, fieldsOf, wizard } from '../../test-support/wizard.js';
import { DEMO_HOLDER } from '../../db/seeders/demo.js';

let db: TestDatabase;
let server: TestServer;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 30);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const DEMO = {
  uiNumber: DEMO_HOLDER.uiNumber,
  birthDate: DEMO_HOLDER.birthDate,
  passportNumber: DEMO_HOLDER.passport.number,
};

async function applicant(name: string) {
  await createAccount(db, { accountName: name, locale: 'en' });
  const client = wizard(server, await loginToken(server, name));
  await client.acceptTerms();
  return client;
}

describe('terms', () => {
  it('serves 13 clauses in both languages and must be accepted before starting', async () => {
    await createAccount(db, { accountName: 'terms-reader' });
    const client = wizard(server, await loginToken(server, 'terms-reader'));
    const en = await client.terms();
    expect(en.body.data!.amendmentTerms.clauses).toHaveLength(13);
    expect(en.body.data!.amendmentTerms.accepted).toBe(false);
    const zh = await server.post<{ amendmentTerms: { clauses: { text: string }[] } }>(
      '{ amendmentTerms(locale: "zh-TW") { clauses { text } } }',
    );
    expect(zh.body.data!.amendmentTerms.clauses[0]!.text).toMatch(/[\u4e00-\u9fff]/);
    const refused = await client.start(DEMO);
    expect(codeOf(refused)).toBe('TERMS_NOT_ACCEPTED');
    expect(refused.body.errors?.[0]?.message).toContain(en.body.data!.amendmentTerms.version);
    await client.acceptTerms();
    expect((await client.terms()).body.data!.amendmentTerms.accepted).toBe(true);
    const rows = await db.sql<{ version: string }>(
      "select t.version from terms_acceptance t join account a on a.id = t.account_id where a.account_name = 'terms-reader'",
    );
    expect(rows).toHaveLength(1);
    const outdated = await client.call(
      'mutation { acceptAmendmentTerms(version: "1999-01") { version } }',
    );
    expect(codeOf(outdated)).toBe('BAD_USER_INPUT');
  });
});

describe('starting an amendment', () => {
  it('links an applicant account to its holder once it proves the passport number, via an earlier UI number too', async () => {
    const client = await applicant('john');
    const noPassport = await client.start({ uiNumber: 'AC01234567', birthDate: DEMO.birthDate });
    expect(codeOf(noPassport)).toBe('APPLICANT_NOT_FOUND');
    const res = await client.start({
      uiNumber: 'ac01234567',
      birthDate: DEMO.birthDate,
      passportNumber: '561234567',
      alsoChange: ['EMAIL'],
    });
    expect(res.body.errors).toBeUndefined();
    const draft = res.body.data!.startAmendment;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      items: ['EMAIL'],
      applicationNumber: null,
      filedByRole: 'APPLICANT',
    });
    expect(draft.requested).toMatchObject({
      englishSurname: 'SMITH',
      email: 'john.smith@demo.example',
      collectionPlaceCode: 'TPE',
    });
    expect(draft.changes).toEqual([]);
    expect(draft.events).toMatchObject([{ type: 'CREATED', toStatus: 'DRAFT' }]);
    const [bound] = await db.sql<{ applicant_id: string }>(
      "select applicant_id from account where account_name = 'john'",
    );
    expect(bound!.applicant_id).toBe(DEMO_HOLDER.id);
    // One open case per holder, and the refusal names it.
    const again = await client.start(DEMO);
    expect(codeOf(again)).toBe('AMENDMENT_ALREADY_OPEN');
    expect(again.body.errors?.[0]?.extensions?.params).toMatchObject({ amendmentId: draft.id });
    // People read "an unfinished draft", never its id; a submitted case by its number.
    expect(again.body.errors?.[0]?.message).toBe(
      'This holder already has an unfinished draft. Continue or withdraw it first.',
    );
    const zh = await wizard(server, await loginToken(server, 'john'), 'zh-TW').start(DEMO);
    expect(zh.body.errors?.[0]?.message).toContain('尚未送出的申請草稿');
    expect(zh.body.errors?.[0]?.message).not.toContain(draft.id);
    await db.sql(
      "update amendment set status = 'SUBMITTED', application_number = 'GC2026-0000042' where id = $1",
      [draft.id],
    );
    const submitted = await client.start(DEMO);
    expect(submitted.body.errors?.[0]?.message).toBe(
      'This holder already has an open amendment (GC2026-0000042). Continue or withdraw it first.',
    );
    expect(submitted.body.errors?.[0]?.extensions?.params).toMatchObject({
      reference: 'GC2026-0000042',
    });
    await db.sql("update amendment set status = 'DRAFT', application_number = null where id = $1", [
      draft.id,
    ]);
    await client.withdraw(draft.id);
  });

  it('never says whether the UI number or the birth date was wrong', async () => {
    const client = await applicant('guesser');
    const wrongDate = await client.start({ ...DEMO, birthDate: '1985-04-13' });
    const wrongNumber = await client.start({ ...DEMO, uiNumber: 'A800000023' });
    expect(codeOf(wrongDate)).toBe('APPLICANT_NOT_FOUND');
    expect(wrongNumber.body.errors?.[0]).toEqual(wrongDate.body.errors?.[0]);
  });

  it('slows down guessing: after the allowed failures, even correct details wait', async () => {
    const strict = await startTestServer(db, { env: { HOLDER_LOOKUP_FAILURES_PER_HOUR: '2' } });
    try {
      await createAccount(db, { accountName: 'brute' });
      const client = wizard(strict, await loginToken(strict, 'brute'));
      await client.acceptTerms();
      await client.start({ ...DEMO, birthDate: '1990-01-01' });
      await client.start({ ...DEMO, birthDate: '1990-01-02' });
      const blocked = await client.start(DEMO);
      expect(codeOf(blocked)).toBe('RATE_LIMITED');
      // An employer without a mandate: once blocked, no refusal reason either.
      await createAccount(db, { accountName: 'brute-employer', role: 'EMPLOYER' as never });
      const employer = wizard(strict, await loginToken(strict, 'brute-employer'));
      await employer.acceptTerms();
      await employer.start({ ...DEMO, birthDate: '1990-01-01' });
      await employer.start({ ...DEMO, birthDate: '1990-01-02' });
      const stopped = await employer.start(DEMO);
      expect(codeOf(stopped)).toBe('RATE_LIMITED');
      expect(stopped.body.errors?.[0]?.extensions?.params).not.toHaveProperty('reason');
    } finally {
      await strict.close();
    }
  });

  it('refuses officers, employers and agencies without a mandate, and anonymous callers', async () => {
    for (const [name, role] of [
      ['emp1', 'EMPLOYER'],
      ['agc1', 'AGENCY'],
      ['off1', 'OFFICER'],
    ] as const) {
      await createAccount(db, { accountName: name, role: role as never });
      const client = wizard(server, await loginToken(server, name));
      await client.acceptTerms();
      const refused = await client.start(DEMO);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      if (role === 'OFFICER') {
        // Refused for its role before anyone is looked up: no reason to give.
        expect(refused.body.errors?.[0]?.extensions?.params).toBeUndefined();
        continue;
      }
      expect(refused.body.errors?.[0]?.extensions?.params).toEqual({ reason: 'NO_MANDATE' });
      expect(refused.body.errors?.[0]?.message).toMatch(/no active mandate from this holder/);
      // The reason comes only once the UI number and birth date matched.
      const guessed = await client.start({ ...DEMO, birthDate: '1985-04-13' });
      expect(codeOf(guessed)).toBe('APPLICANT_NOT_FOUND');
      expect(guessed.body.errors?.[0]?.extensions?.params).toBeUndefined();
    }
    const anon = await server.post(
      'mutation($i: StartAmendmentInput!) { startAmendment(input: $i) { id } }',
      { i: DEMO },
    );
    expect(codeOf(anon)).toBe('UNAUTHENTICATED');
    expect(await db.sql("select 1 from amendment where status <> 'WITHDRAWN'")).toHaveLength(0);
  });

  it('refuses an applicant account already linked to another holder', async () => {
    const [other] = await db.sql<{ id: string; ui_number: string; birth_date: string }>(
      "select id, ui_number, to_char(birth_date, 'YYYY-MM-DD') birth_date from applicant where id <> $1 limit 1",
      [DEMO_HOLDER.id],
    );
    await createAccount(db, { accountName: 'linked', applicantId: other!.id });
    const client = wizard(server, await loginToken(server, 'linked'));
    await client.acceptTerms();
    const refused = await client.start(DEMO);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0]?.extensions?.params).toEqual({
      reason: 'ACCOUNT_LINKED_TO_ANOTHER_HOLDER',
    });
    expect(refused.body.errors?.[0]?.message).toMatch(/linked to another holder/);
    const guessed = await client.start({ ...DEMO, birthDate: '1985-04-13' });
    expect(codeOf(guessed)).toBe('APPLICANT_NOT_FOUND');
    expect(guessed.body.errors?.[0]?.extensions?.params).toBeUndefined();
  });

  it('tells a second applicant account that the holder is linked to another, once it proved the passport too', async () => {
    const [holder] = await db.sql<{
      id: string;
      ui_number: string;
      birth_date: string;
      passport_number: string;
    }>(
      "select id, ui_number, to_char(birth_date, 'YYYY-MM-DD') birth_date, passport_number from applicant where id <> $1 and id not in (select applicant_id from account where applicant_id is not null) order by ui_number desc limit 1",
      [DEMO_HOLDER.id],
    );
    await createAccount(db, { accountName: 'first-link', applicantId: holder!.id });
    const client = await applicant('second-link');
    const details = { uiNumber: holder!.ui_number, birthDate: holder!.birth_date };
    const wrongPassport = await client.start({ ...details, passportNumber: 'X0000000' });
    expect(codeOf(wrongPassport)).toBe('APPLICANT_NOT_FOUND');
    expect(wrongPassport.body.errors?.[0]?.extensions?.params).toBeUndefined();
    const refused = await client.start({ ...details, passportNumber: holder!.passport_number });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.body.errors?.[0]?.extensions?.params).toEqual({
      reason: 'HOLDER_LINKED_TO_ANOTHER_ACCOUNT',
    });
    const zh = await wizard(server, await loginToken(server, 'second-link'), 'zh-TW').start({
      ...details,
      passportNumber: holder!.passport_number,
    });
    expect(zh.body.errors?.[0]?.message).toContain('此持卡人已連結其他申請人帳號');
    const [unbound] = await db.sql<{ applicant_id: string | null }>(
      "select applicant_id from account where account_name = 'second-link'",
    );
    expect(unbound!.applicant_id).toBeNull();
  });
});

describe('saving drafts', () => {
  let client: ReturnType<typeof wizard>;
  let id: string;
  beforeAll(async () => {
    await db.sql("update account set applicant_id = null where account_name = 'john'");
    client = await applicant('drafter');
    const res = await client.start({ ...DEMO, alsoChange: [] });
    id = res.body.data!.startAmendment.id;
  });

  it('saves the residence tab once its item is selected, with the postal code filled in', async () => {
    const residence = { city: '台中市', district: '西屯區', line: '臺灣大道三段99號12樓' };
    const unselected = await client.save(id, { residence });
    expect(fieldsOf(unselected)).toEqual(['input.residence:ITEM_NOT_SELECTED']);
    const saved = await client.save(id, { items: ['RESIDENCE_ADDRESS'], residence });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data!.saveAmendmentDraft.requested.residence).toEqual({
      postalCode: '407',
      city: '臺中市',
      district: '西屯區',
      line: '臺灣大道三段99號12樓',
    });
    expect(saved.body.data!.saveAmendmentDraft.changes.map((c) => c.field)).toEqual(['residence']);
    expect(saved.body.data!.saveAmendmentDraft.checklist.map((c) => c.type)).toEqual([
      'PROOF_OF_ADDRESS',
      'PASSPORT',
      'CURRENT_CARD',
      'PHOTO',
    ]);
  });

  it('checks every field and reports each problem at once, changing nothing', async () => {
    const before = await client.get(id);
    const bad = await client.save(id, {
      items: ['NAME', 'PASSPORT', 'MOBILE', 'RESIDENCE_ADDRESS'],
      nationality: 'JP',
      name: { englishSurname: 'Smith3', englishGivenName: 'john', chineseName: 'Smith' },
      passport: {
        number: 'X1234567',
        issuingCountry: 'US',
        issueDate: '2099-01-01',
        expiryDate: '2026-12-01',
      },
      mobile: '0212345678',
      residence: { city: '臺北市', district: '西屯區', line: 'Main Street 5' },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual([
      'input.mobile:INVALID_MOBILE',
      'input.name.chineseName:INVALID_CHINESE_NAME',
      'input.name.englishSurname:INVALID_LATIN_NAME',
      'input.passport.expiryDate:PASSPORT_EXPIRES_TOO_SOON',
      'input.passport.issueDate:DATE_IN_FUTURE',
      'input.residence.line:NOT_TRADITIONAL_CHINESE',
    ]);
    const nationality = await client.save(id, { nationality: 'JP' });
    expect(fieldsOf(nationality)).toEqual(['input.nationality:NATIONALITY_NOT_AMENDABLE']);
    expect(nationality.body.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      message: expect.stringMatching(/new Gold Card application/) as string,
    });
    const district = await client.save(id, {
      residence: { city: '臺北市', district: '西屯區', line: '忠孝東路一段1號' },
    });
    expect(fieldsOf(district)).toEqual(['input.residence.district:INVALID_CITY_DISTRICT']);
    expect((await client.get(id)).body.data!.amendment).toEqual(before.body.data!.amendment);
  });

  it('calls an emptied date missing, in the caller’s language, beside its field', async () => {
    const passport = {
      number: 'X12345678',
      issuingCountry: 'US',
      issueDate: '',
      expiryDate: '2035-01-01',
    };
    const emptied = await client.save(id, { items: ['PASSPORT', 'RESIDENCE_ADDRESS'], passport });
    expect(emptied.status).toBe(200);
    expect(codeOf(emptied)).toBe('BAD_USER_INPUT');
    expect(emptied.body.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'input.passport.issueDate',
        problem: 'REQUIRED',
        message: 'This field is required.',
      },
    ]);
    const zh = wizard(server, await loginToken(server, 'drafter'), 'zh-TW');
    const zhEmptied = await zh.save(id, { passport: { ...passport, expiryDate: '' } });
    expect(fieldsOf(zhEmptied)).toEqual([
      'input.passport.expiryDate:REQUIRED',
      'input.passport.issueDate:REQUIRED',
    ]);
    expect(zhEmptied.body.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({
      message: '此欄位為必填。',
    });
    const noBirthDate = await client.start({ uiNumber: DEMO.uiNumber, birthDate: '' });
    expect(fieldsOf(noBirthDate)).toEqual(['input.birthDate:REQUIRED']);
    // A date that is there but malformed stays the client's mistake (HTTP 400, GraphQL's words).
    const malformed = await client.save(id, { passport: { ...passport, issueDate: '2026-13-01' } });
    expect(malformed.status).toBe(400);
  });

  it('upper-cases Latin names and falls back to registered values when an item is deselected', async () => {
    const named = await client.save(id, {
      items: ['NAME', 'RESIDENCE_ADDRESS'],
      name: { englishSurname: 'smith-jones', englishGivenName: 'john paul' },
    });
    expect(named.body.errors).toBeUndefined();
    expect(named.body.data!.saveAmendmentDraft.requested).toMatchObject({
      englishSurname: 'SMITH-JONES',
      englishGivenName: 'JOHN PAUL',
      chineseName: null,
    });
    const dropped = await client.save(id, { items: ['RESIDENCE_ADDRESS'] });
    expect(dropped.body.data!.saveAmendmentDraft.requested).toMatchObject({
      englishSurname: 'SMITH',
      chineseName: '史密斯',
    });
  });

  it('survives logout and a new login', async () => {
    await client.call('mutation { logout }');
    const again = wizard(server, await loginToken(server, 'drafter'));
    const res = await again.get(id);
    client = again;
    expect(res.body.data!.amendment.requested.residence).toMatchObject({
      city: '臺中市',
      line: '臺灣大道三段99號12樓',
    });
  });

  it('is private to its filer: other holders, employers, agencies and anonymous callers can neither read nor change it', async () => {
    await createAccount(db, { accountName: 'nosy-holder' });
    await createAccount(db, { accountName: 'nosy-employer', role: 'EMPLOYER' as never });
    await createAccount(db, { accountName: 'nosy-agency', role: 'AGENCY' as never });
    const before = await db.sql('select requested, items, version from amendment where id = $1', [
      id,
    ]);
    for (const name of ['nosy-holder', 'nosy-employer', 'nosy-agency']) {
      const other = wizard(server, await loginToken(server, name));
      expect(codeOf(await other.get(id))).toBe('FORBIDDEN');
      expect(codeOf(await other.save(id, { items: ['EMAIL'], email: 'evil@attacker.test' }))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await other.submit(id, 'nosy-submit-key-1'))).toBe('FORBIDDEN');
      expect(codeOf(await other.withdraw(id))).toBe('FORBIDDEN');
    }
    const anon = await server.post('query($id: ID!) { amendment(id: $id) { id } }', { id });
    expect(codeOf(anon)).toBe('UNAUTHENTICATED');
    expect(
      await db.sql('select requested, items, version from amendment where id = $1', [id]),
    ).toEqual(before);
    // Officers may read it (their views are audited with the review work).
    await createAccount(db, { accountName: 'reader-officer', role: 'OFFICER' as never });
    const officer = await server.post(
      'query($id: ID!) { amendment(id: $id) { id status } }',
      { id },
      bearer(await loginToken(server, 'reader-officer')),
    );
    expect(officer.body.data).toEqual({ amendment: { id, status: 'DRAFT' } });
  });

  it('quotes the fee live: NT$0 exempt for an address change, NT$500 once the name changes too', async () => {
    const exempt = (await client.get(id)).body.data!.amendment.fee;
    expect(exempt).toMatchObject({
      amount: 0,
      status: 'NOT_REQUIRED',
      cardPrinted: true,
      receiptIssued: true,
    });
    const named = await client.save(id, {
      items: ['NAME', 'RESIDENCE_ADDRESS'],
      name: { englishSurname: 'SMITH', englishGivenName: 'JOHNNY' },
    });
    expect(named.body.data!.saveAmendmentDraft.fee).toMatchObject({
      amount: 500,
      status: 'UNPAID',
    });
  });

  it('explains every fee line in the caller’s language, the reissue charge and the items riding on it too', async () => {
    await client.save(id, { items: ['NAME', 'SEX', 'RESIDENCE_ADDRESS', 'EMAIL'] });
    const FEE =
      'query($id: ID!) { amendment(id: $id) { fee { lines { item label rule explanation exemptionReason } } } }';
    type Lines = { amendment: { fee: { lines: Record<string, string | null>[] } } };
    const en = (await client.call<Lines>(FEE, { id })).body.data!.amendment.fee.lines;
    expect(en.map((l) => [l.item, l.label, l.rule])).toEqual([
      ['NAME', 'Name', 'CARD_REISSUE'],
      ['SEX', 'Sex', 'INCLUDED_IN_REISSUE'],
      ['RESIDENCE_ADDRESS', 'Residence address', 'EXEMPT_ADDRESS'],
      ['EMAIL', 'Email', 'NO_CARD_PRINTED'],
    ]);
    expect(en.map((l) => l.explanation)).toEqual([
      expect.stringMatching(/^Reissue of the Gold Card because of a data change: NT\$500/),
      'One card, one fee: included in the reissue fee of this application',
      expect.stringMatching(/^Change of residence address: fee waived/),
      'This change prints no new card and owes nothing',
    ]);
    expect(en.map((l) => l.exemptionReason === null)).toEqual([true, true, false, true]);
    const zhClient = wizard(server, await loginToken(server, 'drafter'), 'zh-TW');
    const zh = (await zhClient.call<Lines>(FEE, { id })).body.data!.amendment.fee.lines;
    expect(zh.map((l) => l.label)).toEqual(['中英文姓名', '性別', '居留地址', '電子郵件']);
    expect(zh[1]!.explanation).toMatch(/^一案一卡一費/);
    await client.save(id, { items: ['NAME', 'RESIDENCE_ADDRESS'] });
  });
});

describe('submitting', () => {
  it('refuses a draft whose documents are missing, listing them', async () => {
    const rows = await db.sql<{ id: string }>("select id from amendment where status = 'DRAFT'");
    const [{ id }] = rows as [{ id: string }];
    const client = wizard(server, await loginToken(server, 'drafter'));
    const res = await client.submit(id, 'missing-docs-0001');
    expect(codeOf(res)).toBe('DOCUMENTS_MISSING');
    expect(fieldsOf(res)).toContain('documents.PROOF_OF_ADDRESS:REQUIRED');
    // Codes for software, the documents' names for people, in their language.
    expect(res.body.errors?.[0]?.extensions?.params).toMatchObject({
      missing: expect.stringMatching(/PROOF_OF_ADDRESS/) as string,
    });
    expect(res.body.errors?.[0]?.message).toMatch(/Proof of address \(lease or utility bill\)/);
    expect(res.body.errors?.[0]?.message).not.toMatch(/PROOF_OF_ADDRESS|PASSPORT|PHOTO/);
    const zh = await wizard(server, await loginToken(server, 'drafter'), 'zh-TW').submit(
      id,
      'missing-docs-0002',
    );
    expect(zh.body.errors?.[0]?.message).toMatch(/^尚缺必要文件：.*居住證明（租約或水電費單）/);
    expect(zh.body.errors?.[0]?.message).toContain('、');
    expect((await client.get(id)).body.data!.amendment.status).toBe('DRAFT');
  });
});
