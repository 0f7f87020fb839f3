// Simulated applicants running the amendment wizard in a loop, in a process of their own.
//
//   node bench/lib/wizard-applicants.mjs <spec.json>
//
// The spec names the server, the window (`startAt`, `stopAt`, epoch ms) and the applicants this
// process plays: each has its own account (already logged in: `token`), bound to its own holder.
// Every applicant has one keep-alive connection of its own, as a browser tab would, and runs:
// accept the terms (once), then until the window closes: start a case for its holder, save the
// passport tab, upload the new passport's scan (a PDF whose bytes are unique to the upload;
// GraphQL multipart and the direct route in turn), read the case, submit with a fresh
// idempotency key, read the case again, withdraw it. A step is not started once the window has
// closed; the one in flight is finished.
//
// Every request is recorded (step, status, latency from the first byte written to the last byte
// read, error codes). Prints one line of JSON: per step latencies and counts, the errors, and
// what the server acknowledged (submissions with their application numbers, uploads with their
// SHA-256, withdrawals), which the caller then looks for in PostgreSQL and the document store.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { CASE, SUBMIT } from './graphql.mjs';
import {
  formUploadHead,
  graphqlUploadHead,
  MULTIPART_TYPE,
  multipartTail,
  samplePdf,
} from './multipart.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const base = new URL(spec.base);
const REQUEST_TIMEOUT_MS = spec.requestTimeoutMs ?? 60_000;

const TERMS = '{ amendmentTerms { version accepted } }';
const ACCEPT = 'mutation($v: String!) { acceptAmendmentTerms(version: $v) { version acceptedAt } }';
const START = `mutation($input: StartAmendmentInput!) {
  startAmendment(input: $input) { id status items version } }`;
const SAVE = `mutation($id: ID!, $input: SaveAmendmentDraftInput!) {
  saveAmendmentDraft(id: $id, input: $input) { id status version changes { field } checklist { type uploaded } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawAmendment(id: $id) { id status applicationNumber } }`;

// --- Recording ---------------------------------------------------------------------------------

const steps = {};
const problems = [];
const acks = { submissions: [], uploads: [], withdrawals: [], starts: 0 };

function stepOf(name) {
  steps[name] ??= { latencies: [], statuses: {}, errors: {} };
  return steps[name];
}

function record(name, { ms, status, codes, text }) {
  const s = stepOf(name);
  // A few answers of failed requests, to show what went wrong.
  if (codes.length && (s.samples ??= []).length < 3)
    s.samples.push(`${status} ${text.slice(0, 600)}`);
  s.latencies.push(Math.round(ms * 100) / 100);
  s.statuses[status] = (s.statuses[status] ?? 0) + 1;
  for (const code of codes) s.errors[code] = (s.errors[code] ?? 0) + 1;
}

function problem(applicant, what, detail) {
  if (problems.length < 200) problems.push({ applicant: applicant.account, what, detail });
}

// --- HTTP --------------------------------------------------------------------------------------

/** One request on the applicant's own connection; never throws (failures are recorded). */
function send(applicant, name, { path, headers, body }) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let settled = false;
    const done = (status, text, codes) => {
      if (settled) return;
      settled = true;
      const ms = performance.now() - t0;
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON */
      }
      const errorCodes = [...codes];
      if (json?.errors?.length) {
        for (const e of json.errors) errorCodes.push(e.extensions?.code ?? 'GRAPHQL_ERROR');
      } else if (json?.error?.code) {
        errorCodes.push(json.error.code);
      } else if (typeof status === 'number' && (status < 200 || status >= 300)) {
        errorCodes.push(`HTTP_${status}`);
      }
      record(name, { ms, status, codes: errorCodes, text });
      resolve({ status, json, codes: errorCodes, ok: errorCodes.length === 0 });
    };
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path,
        agent: applicant.agent,
        headers: {
          'accept-language': 'en',
          authorization: `Bearer ${applicant.token}`,
          'content-length': Buffer.isBuffer(body) ? body.length : Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => done(res.statusCode, Buffer.concat(chunks).toString('utf8'), []));
        res.on('error', () => done(res.statusCode ?? 'error', '', ['SOCKET_ERROR']));
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => {
      req.destroy();
      done('timeout', '', ['CLIENT_TIMEOUT']);
    });
    req.on('error', () => done('error', '', ['SOCKET_ERROR']));
    req.end(body);
  });
}

const gql = (applicant, name, query, variables = {}) =>
  send(applicant, name, {
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

// --- The wizard ----------------------------------------------------------------------------------

const PDF = samplePdf();
const PAD = Buffer.alloc(spec.pdfBytes ?? 32 * 1024, 0x0a);

/** A passport scan whose bytes (and so SHA-256) belong to this one upload. */
function uniquePdf(applicant, cycle) {
  const mark = Buffer.from(`%wizard-load ${applicant.account} ${cycle} ${randomUUID()}\n`);
  const fill = PAD.subarray(0, Math.max(0, PAD.length - PDF.length - mark.length));
  const bytes = Buffer.concat([PDF, mark, fill]);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function upload(applicant, amendmentId, cycle) {
  const file = uniquePdf(applicant, cycle);
  // GraphQL multipart and the direct route in turn (the route only when the server has it).
  const viaRoute = spec.useRoute && cycle % 2 === 1;
  const res = viaRoute
    ? await send(applicant, 'upload (route)', {
        path: `/amendments/${amendmentId}/documents`,
        headers: { 'content-type': MULTIPART_TYPE },
        body: Buffer.concat([formUploadHead('PASSPORT'), file.bytes, multipartTail]),
      })
    : await send(applicant, 'upload (GraphQL)', {
        path: '/graphql',
        headers: { 'content-type': MULTIPART_TYPE, 'apollo-require-preflight': 'true' },
        body: Buffer.concat([
          graphqlUploadHead(amendmentId, 'PASSPORT'),
          file.bytes,
          multipartTail,
        ]),
      });
  if (!res.ok) return null;
  const doc = viaRoute ? (res.json?.document ?? res.json) : res.json?.data?.uploadAmendmentDocument;
  if (!doc?.id) {
    problem(
      applicant,
      'upload answered without a document',
      JSON.stringify(res.json).slice(0, 300),
    );
    return null;
  }
  const ack = {
    applicant: applicant.index,
    amendmentId,
    documentId: doc.id,
    sha256: file.sha256,
    size: file.bytes.length,
    via: viaRoute ? 'route' : 'graphql',
  };
  acks.uploads.push(ack);
  if (doc.sha256 !== file.sha256) {
    problem(applicant, 'upload answered another SHA-256', `${doc.sha256} ≠ ${file.sha256}`);
  }
  return ack;
}

function checkCase(applicant, res, expected) {
  const c = res.json?.data?.amendment;
  if (!c) return;
  if (c.status !== expected.status) {
    problem(applicant, `case read as ${c.status}, expected ${expected.status}`, c.id);
  }
  if (
    expected.applicationNumber !== undefined &&
    c.applicationNumber !== expected.applicationNumber
  ) {
    problem(
      applicant,
      'case read with another application number',
      `${c.applicationNumber} ≠ ${expected.applicationNumber}`,
    );
  }
  if (expected.document && !c.documents?.some((d) => d.id === expected.document.documentId)) {
    problem(applicant, 'case read without the uploaded document', expected.document.documentId);
  }
}

/** Withdraws a case left open by a failed step, so the next cycle can start. */
async function recover(applicant, amendmentId) {
  if (amendmentId) await gql(applicant, 'withdrawAmendment', WITHDRAW, { id: amendmentId });
}

async function cycle(applicant, n, open) {
  // 1. Start (after a failure: withdraw the case the server says is still open, then start over).
  const started = await gql(applicant, 'startAmendment', START, {
    input: {
      uiNumber: applicant.uiNumber,
      birthDate: applicant.birthDate,
      alsoChange: ['PASSPORT'],
    },
  });
  if (!started.ok) {
    const stillOpen = started.json?.errors?.[0]?.extensions?.amendmentId;
    if (stillOpen) await recover(applicant, stillOpen);
    return false;
  }
  const id = started.json.data.startAmendment.id;
  acks.starts++;
  if (!open()) return false;

  // 2. The passport tab.
  const saved = await gql(applicant, 'saveAmendmentDraft', SAVE, {
    id,
    input: { passport: applicant.newPassport },
  });
  if (!saved.ok) return (await recover(applicant, id), false);
  if (!open()) return false;

  // 3. The new passport's scan.
  const document = await upload(applicant, id, n);
  if (!document) return (await recover(applicant, id), false);
  if (!open()) return false;

  // 4. The case page.
  const read = await gql(applicant, 'amendment (draft)', CASE, { id });
  if (!read.ok) return (await recover(applicant, id), false);
  checkCase(applicant, read, { status: 'DRAFT', document });
  if (!open()) return false;

  // 5. Submit.
  const key = `wizard-load-${randomUUID()}`;
  const submitted = await gql(applicant, 'submitAmendment', SUBMIT, { id, key });
  if (!submitted.ok) return (await recover(applicant, id), false);
  const filed = submitted.json.data.submitAmendment;
  const ack = {
    applicant: applicant.index,
    amendmentId: id,
    applicationNumber: filed.applicationNumber,
    idempotencyKey: key,
    documents: [document.documentId],
  };
  acks.submissions.push(ack);
  if (
    filed.id !== id ||
    filed.status !== 'SUBMITTED' ||
    !/^GC\d{4}-\d{7}$/.test(filed.applicationNumber ?? '')
  ) {
    problem(applicant, 'submit answered something else', JSON.stringify(filed));
  }
  if (!open()) return false;

  // 6. The case page again.
  const reread = await gql(applicant, 'amendment (submitted)', CASE, { id });
  if (!reread.ok) return (await recover(applicant, id), false);
  checkCase(applicant, reread, {
    status: 'SUBMITTED',
    applicationNumber: filed.applicationNumber,
    document,
  });
  if (!open()) return false;

  // 7. Withdraw, so the holder can start again.
  const withdrawn = await gql(applicant, 'withdrawAmendment', WITHDRAW, { id });
  if (!withdrawn.ok) return false;
  if (withdrawn.json.data.withdrawAmendment.status !== 'WITHDRAWN') {
    problem(applicant, 'withdraw answered another status', JSON.stringify(withdrawn.json.data));
  }
  acks.withdrawals.push({ applicant: applicant.index, amendmentId: id });
  ack.withdrawn = true;
  return true;
}

async function runApplicant(applicant) {
  const open = () => Date.now() < spec.stopAt;
  const wait = spec.startAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  applicant.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let cycles = 0;
  let failedCycles = 0;
  try {
    if (spec.acceptTerms) {
      const terms = await gql(applicant, 'amendmentTerms', TERMS);
      if (!terms.ok) return { cycles, failedCycles: 1 };
      const accepted = await gql(applicant, 'acceptAmendmentTerms', ACCEPT, {
        v: terms.json.data.amendmentTerms.version,
      });
      if (!accepted.ok) return { cycles, failedCycles: 1 };
    }
    for (let n = 0; open(); n++) {
      if (await cycle(applicant, n, open)) cycles++;
      else if (open()) failedCycles++;
    }
    return { cycles, failedCycles };
  } finally {
    applicant.agent.destroy();
  }
}

const results = await Promise.all(spec.applicants.map((a) => runApplicant({ ...a })));
const finishedAt = Date.now();
process.stdout.write(
  `${JSON.stringify({
    finishedAt,
    steps,
    problems,
    acks,
    cycles: results.map((r) => r.cycles),
    failedCycles: results.reduce((sum, r) => sum + r.failedCycles, 0),
  })}\n`,
);
