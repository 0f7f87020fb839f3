import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_HOLDER } from '../db/seeders/demo.js';
import { createTestDatabase, type TestDatabase } from '../test-support/db.js';
import { seedFixtureHolders } from '../test-support/fixtures.js';
import { startTestServer, TEST_CAPTCHA_ANSWER, type TestServer } from '../test-support/server.js';
import {
  bearer,
  createAccount,
  loginToken,
  newCaptchaId,
  STRONG_PASSWORD,
} from '../test-support/accounts.js';
import { codeOf, wizard } from '../test-support/wizard.js';
import { graphqlMultipart, samplePdf, samplePng } from '../test-support/multipart.js';
import { Role } from './actor.js';

/**
 * Personal data never reaches the logs, even at the most verbose level: a whole case goes
 * through the real server (registration, login, start by UI number + birth date + passport
 * number, new name, address, passport, email and mobile, uploads named after the person, submit,
 * officer search/read/claim/approve, and bad input that echoes values back), then every captured
 * log line is searched for every personal value the flow used.
 */
let db: TestDatabase;
let server: TestServer;

const H = DEMO_HOLDER;
const NEW = {
  email: 'john.smith.moved@mail-provider.test',
  mobile: '0987654321',
  passport: { number: 'P87654321', issuingCountry: 'US', issueDate: '2026-01-05' },
  residence: { city: '台中市', district: '西屯區', line: '臺灣大道三段99號12樓' },
  name: { englishSurname: 'SMITH-WESSON', englishGivenName: 'JONATHAN', chineseName: '史偉森' },
};
const ACCOUNT = { name: 'jsmith1985', email: 'jsmith.personal@mailbox.test' };
/** Values sent in requests that are refused: the error path must not log them either. */
const BAD = {
  mobile: '0223456789',
  email: 'john.smith@@broken',
  line: 'Flat 12, 99 Taiwan Boulevard Sec 3',
  birthDate: '1985-04-13',
};

/** Every personal value the flow uses, as it could appear in a log line. */
function needles(): string[] {
  return [
    // The holder's registered data.
    H.uiNumber,
    ...H.uiNumbers.map((u) => u.uiNumber),
    H.birthDate,
    H.birthDate.replaceAll('-', ''),
    H.passport.number,
    H.email,
    H.mobile!,
    H.homeCountryAddress,
    H.homeCountryPhone,
    H.residence.line,
    H.englishSurname,
    `${H.englishGivenName} ${H.englishSurname}`,
    H.chineseName!,
    H.birthplaceCity,
    // The new values.
    NEW.email,
    NEW.mobile,
    NEW.passport.number,
    NEW.residence.line,
    NEW.name.englishSurname,
    NEW.name.englishGivenName,
    NEW.name.chineseName,
    // The account and the refused values.
    ACCOUNT.email,
    BAD.mobile,
    BAD.email,
    BAD.line,
    BAD.birthDate,
  ];
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixtureHolders(db.url, 5);
  // The most verbose level pino has.
  server = await startTestServer(db, { env: { LOG_LEVEL: 'trace' } });
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

const ok = <T extends { status: number; body: { errors?: unknown[] } }>(res: T, what: string) => {
  expect(res.body.errors, what).toBeUndefined();
  return res;
};

async function upload(token: string, id: string, type: string, name: string, bytes: Uint8Array) {
  const res = await graphqlMultipart<{ uploadAmendmentDocument: { id: string } }>(
    `${server.url}/graphql`,
    {
      query:
        'mutation($id: ID!, $type: DocumentType!, $file: Upload!) { uploadAmendmentDocument(amendmentId: $id, type: $type, file: $file) { id originalName } }',
      variables: { id, type },
      files: {
        file: { name, type: name.endsWith('.png') ? 'image/png' : 'application/pdf', bytes },
      },
      headers: bearer(token),
    },
  );
  expect(res.body.errors, `upload ${type}`).toBeUndefined();
}

describe('personal data in logs', () => {
  it('logs none of the personal data a whole case handles, at LOG_LEVEL=trace', async () => {
    expect(server.config.logLevel).toBe('trace');
    const post = (query: string, variables: Record<string, unknown>, token?: string) =>
      server.post(query, variables, {
        'accept-language': 'en',
        ...(token ? bearer(token) : {}),
      });

    // Registration with email verification, then login.
    ok(
      await post('mutation($input: RegisterInput!) { register(input: $input) { accepted } }', {
        input: {
          role: 'APPLICANT',
          account: ACCOUNT.name,
          displayName: `${H.englishGivenName} ${H.englishSurname}`,
          email: ACCOUNT.email,
          password: STRONG_PASSWORD,
          captchaId: await newCaptchaId(server),
          captchaAnswer: TEST_CAPTCHA_ANSWER,
        },
      }),
      'register',
    );
    const [mail] = await db.sql<{ text_body: string }>(
      'select text_body from outbox_mail where to_address = $1',
      [ACCOUNT.email],
    );
    const verifyToken = mail!.text_body.match(/token=([\w-]+)/)![1]!;
    ok(
      await post('mutation($t: String!) { verifyEmail(token: $t) { accepted } }', {
        t: verifyToken,
      }),
      'verifyEmail',
    );
    const token = await loginToken(server, ACCOUNT.name);
    const client = wizard(server, token);
    ok(await client.acceptTerms(), 'acceptTerms');

    // Bad input that echoes values: a wrong birth date, a birth date the Date scalar refuses,
    // a passport number of the wrong type.
    const wrongBirth = await client.start({
      uiNumber: H.uiNumber,
      birthDate: BAD.birthDate,
      passportNumber: H.passport.number,
    });
    expect(codeOf(wrongBirth)).toBe('APPLICANT_NOT_FOUND');
    const unparsable = await client.start({
      uiNumber: H.uiNumber,
      birthDate: `${BAD.birthDate}T00:00:00+08:00`,
    });
    expect(unparsable.body.errors).toBeDefined();
    const mistyped = await client.start({
      uiNumber: H.uiNumber,
      birthDate: H.birthDate,
      passportNumber: Number(H.passport.number),
    });
    expect(mistyped.body.errors).toBeDefined();

    // Start by UI number, birth date and passport number (binds the account to the holder).
    const started = ok(
      await client.start({
        uiNumber: H.uiNumber,
        birthDate: H.birthDate,
        passportNumber: H.passport.number,
        alsoChange: ['NAME', 'PASSPORT', 'RESIDENCE_ADDRESS', 'EMAIL', 'MOBILE'],
      }),
      'start',
    );
    const id = started.body.data!.startAmendment.id;

    // Refused values in the tabs, echoed in the field problems.
    const refused = await client.save(id, {
      email: BAD.email,
      mobile: BAD.mobile,
      residence: { ...NEW.residence, line: BAD.line },
    });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');

    const expiry = new Date();
    expiry.setUTCFullYear(expiry.getUTCFullYear() + 10);
    const tabs = {
      name: NEW.name,
      passport: { ...NEW.passport, expiryDate: expiry.toISOString().slice(0, 10) },
      residence: NEW.residence,
      email: NEW.email,
      mobile: NEW.mobile,
    };
    // The database refuses the write (a trigger standing in for a constraint an operator added,
    // a full disk, …): an unexpected error, logged with the statement that failed.
    await db.sql(`create function refuse_write() returns trigger language plpgsql as $$
      begin raise exception 'refused by the database'; end $$`);
    await db.sql(`create trigger refuse_write before update on amendment
      for each row execute function refuse_write()`);
    const failed = await client.save(id, tabs);
    expect(codeOf(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect(server.logLines.some((l) => l.level === 'error')).toBe(true);
    await db.sql('drop trigger refuse_write on amendment');
    ok(await client.save(id, tabs), 'save');

    // Uploads named after the person, as people name their files.
    const pdf = samplePdf();
    const who = `${H.englishSurname}_${H.englishGivenName}_${H.uiNumber}`;
    await upload(token, id, 'PASSPORT', `passport_${NEW.passport.number}_${who}.pdf`, pdf);
    await upload(token, id, 'PROOF_OF_ADDRESS', `lease_${NEW.residence.line}.pdf`, pdf);
    await upload(token, id, 'CURRENT_CARD', `card_${who}_${H.birthDate}.pdf`, pdf);
    await upload(token, id, 'NAME_CHANGE_PROOF', `deed_${NEW.name.englishSurname}.pdf`, pdf);
    await upload(token, id, 'PHOTO', `photo_${who}.png`, samplePng(413, 531));
    ok(await client.submit(id, `submit-${id}`), 'submit');
    ok(await client.get(id), 'read');

    // The officer: search by name, UI number and passport, read, claim, approve.
    await createAccount(db, { accountName: 'officer-logs', role: Role.OFFICER, locale: 'en' });
    const officer = await loginToken(server, 'officer-logs');
    ok(
      await post(
        'query($f: AmendmentFilter) { amendments(filter: $f, page: 1, perPage: 10) { total items { id applicant { uiNumber englishSurname } } } }',
        { f: { holder: H.englishSurname, status: ['SUBMITTED'] } },
        officer,
      ),
      'officer list',
    );
    ok(
      await post(
        'query($f: ApplicantFilter) { applicants(filter: $f) { total items { id uiNumber email mobile } } }',
        { f: { uiNumber: H.uiNumber, passportNumber: H.passport.number } },
        officer,
      ),
      'applicants search',
    );
    ok(
      await post(
        '{ applicant(id: "' +
          H.id +
          '") { uiNumber birthDate email mobile homeCountryAddress passport { number } residence { line } } }',
        {},
        officer,
      ),
      'applicant read',
    );
    const claimed = ok(
      await post('mutation($id: ID!) { claimAmendment(id: $id) { version } }', { id }, officer),
      'claim',
    );
    const version = (claimed.body.data as { claimAmendment: { version: number } }).claimAmendment
      .version;
    ok(
      await post(
        'query($id: ID!) { amendment(id: $id) { id requested { email mobile residence { line } } changes { field before after } applicant { uiNumber birthDate passport { number } } } }',
        { id },
        officer,
      ),
      'officer read',
    );
    ok(
      await post(
        'mutation($id: ID!, $v: Int!) { approveAmendment(id: $id, version: $v, note: "checked the passport and the lease") { status } }',
        { id, v: version },
        officer,
      ),
      'approve',
    );
    const [registered] = await db.sql<{ email: string; passport_number: string }>(
      'select email, passport_number from applicant where id = $1',
      [H.id],
    );
    expect(registered).toEqual({ email: NEW.email, passport_number: NEW.passport.number });

    // Now every line the server wrote.
    const lines = server.logLines.map((line) => JSON.stringify(line));
    expect(lines.length).toBeGreaterThan(20);
    // Each request's line says how it ended.
    const requests = server.logLines.filter((l) => l.msg === 'request completed');
    expect(requests.length).toBeGreaterThan(20);
    expect(
      requests.filter((l) => typeof (l.res as { statusCode?: unknown }).statusCode !== 'number'),
    ).toEqual([]);
    const leaks = needles().flatMap((needle) =>
      lines
        .filter((line) => line.toLowerCase().includes(needle.toLowerCase()))
        .map((line) => `${needle} in ${line.slice(0, 400)}`),
    );
    expect(leaks).toEqual([]);
  });
});
