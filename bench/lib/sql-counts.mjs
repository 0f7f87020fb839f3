// Phase 2 of a run: SQL statements per request, counted from PostgreSQL's statement log on a
// server of its own, and the captured submit turned into the raw-pg replay.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startApi } from './api-server.mjs';
import {
  cloneDrafts,
  connect,
  createCaptchas,
  demoPassword,
  FILER_PASSWORD,
  probeUploadRoute,
  SUBMITTER,
  UPLOADER,
} from './fixtures.mjs';
import {
  CASE,
  CEILING,
  gql,
  LANDING,
  LIST,
  LOGIN,
  loginToken,
  QUEUES,
  searchPage,
  loginVariables,
  SESSION,
  SUBMIT,
  submittedPage,
} from './graphql.mjs';
import {
  formUploadHead,
  graphqlUploadHead,
  MULTIPART_TYPE,
  multipartBody,
  pdfOfSize,
} from './multipart.mjs';
import { MiB } from './scenarios.mjs';
import { buildReplay, captureRequest, summarise } from './sql-capture.mjs';
import { say } from './util.mjs';

async function upload(base, token, url, body, headers = {}) {
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { 'content-type': MULTIPART_TYPE, authorization: `Bearer ${token}`, ...headers },
    body,
  });
  const text = await res.text();
  let json = {};
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: json, text };
}

const okGraphql = (res) => res.status === 200 && res.body?.data && !res.body.errors;

/**
 * Statement logging is switched on for the measured database only while a dedicated server
 * runs (its background pollers set to 10 minutes), then switched off again before any load
 * server starts, so no load-time connection ever logs. Each request is sent once to warm up,
 * then once more while the log is read (`captureRequest`).
 */
export async function countStatements(ctx, { pgServer, db, apiMain, workDir, storeDir }) {
  const admin = await connect(pgServer.serverUrl);
  await admin.query(`alter database "${db.name}" set log_statement = 'all'`);
  pgServer.log.start();
  let server;
  try {
    server = await startApi({
      apiMain,
      workDir,
      name: 'sql-count',
      databaseUrl: db.url,
      storeDir,
      env: { WEBHOOK_POLL_INTERVAL_MS: '600000', MAIL_POLL_INTERVAL_MS: '600000' },
    });
    const { base } = server;
    // Logins for the whole run: sessions live in the database, so the load server accepts them.
    ctx.tokens.officer = { main: await loginToken(base, 'officer', demoPassword('officer')) };
    ctx.tokens.holder = await loginToken(base, 'holder', demoPassword('holder'));
    ctx.tokens.submitter = await loginToken(base, SUBMITTER, FILER_PASSWORD);
    ctx.tokens.uploader = await loginToken(base, UPLOADER, FILER_PASSWORD);

    const submitDrafts = await cloneDrafts(ctx.client, ctx.cases.submitTemplateId, 3);
    const uploadDrafts = await cloneDrafts(ctx.client, ctx.cases.uploadTemplateId, 4);
    const captchas = await createCaptchas(ctx.client, 2);
    const pdf = pdfOfSize(MiB);
    const officer = ctx.tokens.officer.main;
    let nextSubmit = 0;
    let nextUpload = 0;
    let nextCaptcha = 0;
    const submits = [];

    const requests = {
      C0: () => gql(base, CEILING),
      B1: () => gql(base, CASE, { id: ctx.cases.demoCaseId }, ctx.tokens.holder),
      'B2-10': () => gql(base, LIST, submittedPage(10), officer),
      'B2-50': () => gql(base, LIST, submittedPage(50), officer),
      'B2-100': () => gql(base, LIST, submittedPage(100), officer),
      B6: () => gql(base, LIST, LANDING, officer),
      'B7-number': () => gql(base, LIST, searchPage(ctx.searchTerms.number), officer),
      'B7-name': () => gql(base, LIST, searchPage(ctx.searchTerms.name), officer),
      'B7-chinese': () => gql(base, LIST, searchPage(ctx.searchTerms.chinese), officer),
      'B7-queues': () => gql(base, QUEUES, {}, officer),
      B3: async () => {
        const draft = submitDrafts[nextSubmit++];
        const key = `bench-${randomUUID()}`;
        const res = await gql(base, SUBMIT, { id: draft.id, key }, ctx.tokens.submitter);
        submits.push({ ...draft, key, appNo: res.body.data?.submitAmendment?.applicationNumber });
        return res;
      },
      'B4-graphql': () =>
        upload(
          base,
          ctx.tokens.uploader,
          '/graphql',
          multipartBody(graphqlUploadHead(uploadDrafts[nextUpload++].id, 'PASSPORT'), pdf),
          { 'apollo-require-preflight': 'true' },
        ),
      'B5-login': () =>
        gql(
          base,
          LOGIN,
          loginVariables(ctx.loginAccounts[0], ctx.login.password, captchas[nextCaptcha++]),
        ),
      'B5-session': () => gql(base, SESSION, {}, officer),
    };
    const counts = {};
    let replayCaptures = [];
    for (const [name, send] of Object.entries(requests)) {
      const warm = await send();
      if (!okGraphql(warm)) {
        throw new Error(
          `${name} failed while counting SQL: ${JSON.stringify(warm.body).slice(0, 600)}`,
        );
      }
      const captured = await captureRequest(pgServer.log, send);
      if (!okGraphql(captured.answer)) {
        throw new Error(
          `${name} failed while counting SQL: ${JSON.stringify(captured.answer.body).slice(0, 600)}`,
        );
      }
      counts[name] = {
        count: captured.count,
        excludedBackground: captured.excludedBackground,
        statements: captured.statements.map((s) => summarise(s.sql)),
        sql: captured.statements.map((s) => s.sql.slice(0, 2000)),
      };
      if (name === 'B1') {
        // The case must show what B1 is about: a fee, documents and a timeline.
        const c = captured.answer.body.data.amendment;
        ctx.b1Case = { documents: c.documents.length, events: c.events.length, fee: c.fee.amount };
        if (!c.documents.length || c.events.length < 2) {
          throw new Error(`the B1 case lacks documents or events: ${JSON.stringify(ctx.b1Case)}`);
        }
      }
      if (name === 'B3') {
        // A second submit of another draft tells generated ids from constants.
        const again = await captureRequest(pgServer.log, send);
        if (!okGraphql(again.answer)) throw new Error('the second submit failed');
        replayCaptures = [captured, again];
      }
      say(`  SQL ${name}: ${captured.count} statements`);
    }

    // The streaming upload route, when the API has it (404 otherwise).
    ctx.route = await probeUploadRoute(base, ctx.tokens.uploader, uploadDrafts[nextUpload++].id);
    if (ctx.route.available) {
      const captured = await captureRequest(pgServer.log, async () => {
        const res = await upload(
          base,
          ctx.tokens.uploader,
          `/amendments/${uploadDrafts[nextUpload++].id}/documents`,
          multipartBody(formUploadHead('PASSPORT'), pdf),
        );
        if (res.status !== 201)
          throw new Error(`the upload route answered ${res.status}: ${res.text}`);
        return res;
      });
      counts['B4-route'] = {
        count: captured.count,
        excludedBackground: captured.excludedBackground,
        statements: captured.statements.map((s) => summarise(s.sql)),
      };
      say(`  SQL B4-route: ${captured.count} statements`);
    } else if (ctx.route.status === 404) {
      say('  upload route: not available (404)');
    } else {
      // There is a route, but it does not answer as agreed (201 with the document's JSON).
      ctx.problems.push(
        `POST /amendments/:id/documents answered ${ctx.route.status} without the document: ${ctx.route.body}`,
      );
    }

    // The raw-pg replay of a submit, from the two captured submits.
    const [first, second] = replayCaptures;
    const [vars1, vars2] = [submits[1], submits[2]];
    const replay = buildReplay(first, second, vars1, vars2);
    const replayFile = path.join(workDir, 'submit-replay.json');
    await writeFile(replayFile, JSON.stringify(replay));
    return {
      counts,
      replayFile,
      replay: {
        statements: replay.statements.map((s) => summarise(s.sql)),
        generatedIds: replay.fresh.length,
        differencesBetweenCaptures: replay.differences,
      },
      apiSubmittedDraft: vars2.id,
    };
  } finally {
    await server?.stop();
    pgServer.log.stop();
    await admin.query(`alter database "${db.name}" reset log_statement`);
    await admin.end();
  }
}

/** What a submit leaves in the database, to compare the API's with the replay's. */
export async function submitFingerprint(client, id) {
  const { rows } = await client.query(
    `select a.status, a.application_number is not null as numbered, a.version, a.fee is not null as fee,
       (select count(*)::int from amendment_event e where e.amendment_id = a.id) as events,
       (select count(*)::int from idempotency_key k where k.result_ref = a.id::text) as idempotency_keys,
       (select count(*)::int from outbox_mail m where m.text_body like '%' || a.application_number || '%') as mails,
       (select count(*)::int from audit_event x where x.entity_id = a.id::text) as audit_events
     from amendment a where a.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
