// What the scenarios need in the database: accounts, captchas, cases made through the API,
// drafts cloned from them, and the cleanup that keeps the seeded data as it was.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { CAPTCHA_ANSWER } from './api-server.mjs';
import { loginToken, mustGql, SUBMIT } from './graphql.mjs';
import {
  formUploadHead,
  graphqlUploadHead,
  MULTIPART_TYPE,
  multipartBody,
  pdfOfSize,
} from './multipart.mjs';
import { dist } from './util.mjs';

const { hashPassword } = await import(dist('shared/passwords.js'));
const { hashToken } = await import(dist('modules/accounts/tokens.js'));
const { OPEN_STATUSES } = await import(dist('modules/amendments/amendment-status.js'));
const { DEMO_ACCOUNTS, DEMO_HOLDER } = await import(dist('db/seeders/demo.js'));

export const demoPassword = (name) => DEMO_ACCOUNTS.find((a) => a.accountName === name).password;
export { DEMO_HOLDER };

/** The suite's own accounts (applicants; never bound to a holder by the harness). */
export const FILER_PASSWORD = 'Bench-filer-2026-x';
export const LOGIN_PASSWORD = 'Bench-login-2026-x';
export const SUBMITTER = 'bench-submitter';
export const UPLOADER = 'bench-uploader';
export const loginAccountName = (i) => `bench-login-${String(i).padStart(4, '0')}`;

export async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  // A connection the server ends (the run stopping) must not crash the process.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * Applicant accounts, inserted as the demo seeder does, all with one hash made by the API's own
 * password hashing (`hashPassword`, its current argon2 parameters). Returns that hash.
 */
export async function createAccounts(client, names, password) {
  const hash = await hashPassword(password);
  await client.query(
    `insert into account (id, account_name, email, password_hash, role, display_name, locale,
       email_verified_at, password_changed_at, created_at, updated_at)
     select gen_random_uuid(), n, n || '@bench.example', $2, 'APPLICANT', 'Bench ' || n, 'en',
       now(), now(), now(), now()
     from unnest($1::text[]) as n
     on conflict do nothing`,
    [names, hash],
  );
  return hash;
}

/** Captchas as the API makes them (answer hash of `<id>:<answer>`), valid for an hour. */
export async function createCaptchas(client, count) {
  const ids = Array.from({ length: count }, () => randomUUID());
  const hashes = ids.map((id) => hashToken(`${id}:${CAPTCHA_ANSWER.toLowerCase()}`));
  await client.query(
    `insert into captcha (id, answer_hash, created_at, expires_at)
     select id, h, now(), now() + interval '1 hour' from unnest($1::uuid[], $2::text[]) as t(id, h)`,
    [ids, hashes],
  );
  return ids;
}

/** Holders whose data the wizard can start from, with no open case. */
async function freeHolders(client, count, offset = 0) {
  const { rows } = await client.query(
    `select a.id, a.ui_number, to_char(a.birth_date, 'YYYY-MM-DD') as birth_date,
       a.passport_number, a.passport_issuing_country_code,
       (select c.collection_place_code from card c where c.applicant_id = a.id
         and c.status = 'ACTIVE' order by c.valid_from desc limit 1) as collection_place
     from applicant a
     where a.id <> $1 and not exists (select 1 from amendment x
       where x.applicant_id = a.id and x.status = any($2::amendment_status[]))
     order by a.id offset $3 limit $4`,
    [DEMO_HOLDER.id, OPEN_STATUSES, offset, count],
  );
  return rows;
}

async function acceptTerms(base, token) {
  const { amendmentTerms } = await mustGql(base, '{ amendmentTerms { version } }', {}, token);
  await mustGql(
    base,
    'mutation($v: String!) { acceptAmendmentTerms(version: $v) { version } }',
    { v: amendmentTerms.version },
    token,
    'accepting the terms',
  );
}

const START = `mutation($input: StartAmendmentInput!) { startAmendment(input: $input) { id } }`;
const SAVE = `mutation($id: ID!, $input: SaveAmendmentDraftInput!) {
  saveAmendmentDraft(id: $id, input: $input) { id items changes { field } } }`;
const NEW_PASSPORT = {
  number: '598765432',
  issuingCountry: 'US',
  issueDate: '2026-01-05',
  expiryDate: '2036-01-04',
};

/** Uploads a small PDF through the GraphQL multipart request, as the wizard does. */
export async function uploadSmall(base, token, amendmentId, type = 'PASSPORT') {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': MULTIPART_TYPE,
      'apollo-require-preflight': 'true',
      authorization: `Bearer ${token}`,
    },
    body: multipartBody(graphqlUploadHead(amendmentId, type), pdfOfSize(64 * 1024)),
  });
  const body = await res.json();
  if (res.status !== 200 || body.errors) {
    throw new Error(`upload failed (${res.status}): ${JSON.stringify(body).slice(0, 600)}`);
  }
  return body.data.uploadAmendmentDocument;
}

/**
 * Through the API, on the database every size is copied from:
 * - the demo holder's case (B1): a passport change with an uploaded PDF, submitted — so it has
 *   a fee, a document and a timeline;
 * - a ready draft of the submitter account (B3's template): a new collection place, which
 *   needs no document;
 * - a draft of the uploader account (B4's template): a passport change, needing a passport scan.
 */
export async function prepareCasesThroughApi(base, client) {
  const holderToken = await loginToken(base, 'holder', demoPassword('holder'));
  await acceptTerms(base, holderToken);
  const { startAmendment: demoCase } = await mustGql(
    base,
    START,
    {
      input: {
        uiNumber: DEMO_HOLDER.uiNumber,
        birthDate: DEMO_HOLDER.birthDate,
        alsoChange: ['PASSPORT'],
      },
    },
    holderToken,
    'starting the demo holder’s case',
  );
  await mustGql(base, SAVE, { id: demoCase.id, input: { passport: NEW_PASSPORT } }, holderToken);
  await uploadSmall(base, holderToken, demoCase.id);
  await mustGql(
    base,
    SUBMIT,
    { id: demoCase.id, key: `bench-${randomUUID()}` },
    holderToken,
    'submitting the demo holder’s case',
  );

  const [h1, h2] = await freeHolders(client, 2, 10);
  const submitterToken = await loginToken(base, SUBMITTER, FILER_PASSWORD);
  await acceptTerms(base, submitterToken);
  const { startAmendment: submitTemplate } = await mustGql(
    base,
    START,
    {
      input: {
        uiNumber: h1.ui_number,
        birthDate: h1.birth_date,
        passportNumber: h1.passport_number,
        alsoChange: ['COLLECTION_PLACE'],
      },
    },
    submitterToken,
    'starting the submit template',
  );
  await mustGql(
    base,
    SAVE,
    {
      id: submitTemplate.id,
      input: { collectionPlace: h1.collection_place === 'TXG' ? 'TPE' : 'TXG' },
    },
    submitterToken,
    'saving the submit template',
  );

  const uploaderToken = await loginToken(base, UPLOADER, FILER_PASSWORD);
  await acceptTerms(base, uploaderToken);
  const { startAmendment: uploadTemplate } = await mustGql(
    base,
    START,
    {
      input: {
        uiNumber: h2.ui_number,
        birthDate: h2.birth_date,
        passportNumber: h2.passport_number,
        alsoChange: ['PASSPORT'],
      },
    },
    uploaderToken,
    'starting the upload template',
  );
  await mustGql(
    base,
    SAVE,
    { id: uploadTemplate.id, input: { passport: NEW_PASSPORT } },
    uploaderToken,
    'saving the upload template',
  );
  return {
    demoCaseId: demoCase.id,
    submitTemplateId: submitTemplate.id,
    uploadTemplateId: uploadTemplate.id,
  };
}

async function columnsOf(client, table) {
  const { rows } = await client.query(
    `select column_name from information_schema.columns
     where table_schema = 'public' and table_name = $1 order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

/**
 * `count` copies of a draft made through the API, each for another holder with no open case
 * (every column copied, whatever migrations add; new id, holder and timestamps), each with the
 * template's timeline event(s). Same filer, so the filer's token may submit and upload to them.
 * Fewer when fewer holders are free (a small quick-mode data set).
 */
export async function cloneDrafts(client, templateId, count) {
  const fresh = new Set(['created_at', 'updated_at', 'last_edited_at']);
  const cols = await columnsOf(client, 'amendment');
  const exprs = cols.map((c) =>
    c === 'id'
      ? 'gen_random_uuid()'
      : c === 'applicant_id'
        ? 'h.id'
        : fresh.has(c)
          ? 'now()'
          : `t."${c}"`,
  );
  await client.query('begin');
  try {
    const { rows } = await client.query(
      `insert into amendment (${cols.map((c) => `"${c}"`).join(', ')})
       select ${exprs.join(', ')}
       from amendment t, (select a.id from applicant a
         where a.id <> $2 and not exists (select 1 from amendment x
           where x.applicant_id = a.id and x.status = any($3::amendment_status[]))
         order by random() limit $4) h
       where t.id = $1
       returning id, applicant_id as "applicantId"`,
      [templateId, DEMO_HOLDER.id, OPEN_STATUSES, count],
    );
    const eventCols = await columnsOf(client, 'amendment_event');
    const eventExprs = eventCols.map((c) =>
      c === 'id'
        ? 'gen_random_uuid()'
        : c === 'amendment_id'
          ? 'n.id'
          : c === 'at'
            ? 'now()'
            : `e."${c}"`,
    );
    await client.query(
      `insert into amendment_event (${eventCols.map((c) => `"${c}"`).join(', ')})
       select ${eventExprs.join(', ')}
       from amendment_event e, unnest($2::uuid[]) as n(id)
       where e.amendment_id = $1`,
      [templateId, rows.map((r) => r.id)],
    );
    await client.query('commit');
    return rows;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * Removes every case the suite's filers made except the templates, with every row that refers
 * to them, their idempotency keys, mails and audit events, and the stored files: the measured
 * database goes back to the seeded data between measurements.
 */
export async function cleanupBenchCases(client, { filers, keep, storeDir }) {
  const { rows: refs } = await client.query(
    `select c.conrelid::regclass::text as tbl, a.attname as col
     from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.confrelid = 'amendment'::regclass and c.contype = 'f'`,
  );
  await client.query('begin');
  try {
    await client.query(
      `create temp table bench_gone on commit drop as
       select a.id from amendment a join account f on f.id = a.filed_by_id
       where f.account_name = any($1) and a.id <> all($2::uuid[])`,
      [filers, keep],
    );
    const { rows: files } = await client.query(
      `select storage_key from amendment_document where amendment_id in (select id from bench_gone)`,
    );
    for (const { tbl, col } of refs) {
      await client.query(`delete from ${tbl} where "${col}" in (select id from bench_gone)`);
    }
    const { rowCount } = await client.query(
      'delete from amendment where id in (select id from bench_gone)',
    );
    await client.query(
      `delete from idempotency_key where account_id in (select id from account where account_name = any($1))`,
      [filers],
    );
    await client.query(
      `delete from outbox_mail where to_address in (select email from account where account_name = any($1))`,
      [filers],
    );
    await client.query(
      `delete from audit_event where actor_account_id in (select id from account where account_name = any($1))
         and entity_id <> all($2::text[])`,
      [filers, keep],
    );
    await client.query('commit');
    for (const { storage_key: key } of files) {
      await rm(path.join(storeDir, key), { force: true }).catch(() => undefined);
    }
    return rowCount;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/** A direct upload to the streaming route, or null when the route does not exist (404). */
export async function probeUploadRoute(base, token, amendmentId) {
  const res = await fetch(`${base}/amendments/${amendmentId}/documents`, {
    method: 'POST',
    headers: { 'content-type': MULTIPART_TYPE, authorization: `Bearer ${token}` },
    body: multipartBody(formUploadHead('PASSPORT'), pdfOfSize(64 * 1024)),
  });
  const text = await res.text();
  // 201 with the new document's JSON (its `id`, at the top or in a `document` object).
  let id = null;
  try {
    const json = JSON.parse(text);
    id = json.id ?? json.document?.id ?? null;
  } catch {
    /* not JSON */
  }
  return {
    available: res.status === 201 && id !== null,
    status: res.status,
    body: text.slice(0, 600),
  };
}
