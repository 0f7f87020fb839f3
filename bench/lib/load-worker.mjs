// One load measurement with autocannon, in a process of its own.
//
//   node bench/lib/load-worker.mjs <spec.json>
//
// The spec names the server, connections, warm-up and duration, and what to send: a fixed JSON
// request (`kind: 'json'`), or requests built per request from a list in a file (`submit`,
// `raw-submit`, `upload-graphql`, `upload-route`, `upload-plain`, `login`), each request taking
// the next entry. Prints one line of JSON: throughput, latency percentiles (from every response's
// own time, in ms with decimals), non-2xx answers, socket errors, GraphQL errors and a few
// sample bodies of failed requests.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import {
  formUploadHead,
  graphqlUploadHead,
  MULTIPART_TYPE,
  multipartTail,
  pdfOfSize,
} from './multipart.mjs';
import { loginVariables, LOGIN, SUBMIT } from './graphql.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const list = Array.isArray(spec.list)
  ? spec.list
  : spec.list
    ? JSON.parse(readFileSync(spec.list, 'utf8'))
    : [];
const pdf = spec.pdfSize ? pdfOfSize(spec.pdfSize) : null;
const auth = spec.token ? { authorization: `Bearer ${spec.token}` } : {};
const jsonHeaders = { 'content-type': 'application/json', 'accept-language': 'en' };

let next = 0;
let wraps = 0;
let exhausted = false;
let instance;
/**
 * The next entry of the list. Uploads go round the drafts again (counted); entries that can be
 * used once (drafts to submit, captchas) end the measurement early when they run out: it then
 * reports the time it actually ran (`exhausted`).
 */
function take() {
  if (next >= list.length) {
    if (!spec.wrap) {
      exhausted = true;
      instance?.stop?.();
    }
    next = 0;
    wraps++;
  }
  return list[next++];
}

const builders = {
  json: () => ({ method: 'POST', path: spec.path, headers: spec.headers, body: spec.body }),
  submit: () => {
    const draft = take();
    return {
      method: 'POST',
      path: '/graphql',
      headers: { ...jsonHeaders, ...auth },
      body: JSON.stringify({
        query: SUBMIT,
        variables: { id: draft.id, key: `bench-${randomUUID()}` },
      }),
    };
  },
  'raw-submit': () => {
    const draft = take();
    return {
      method: 'POST',
      path: '/submit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...draft, key: `bench-${randomUUID()}` }),
    };
  },
  'upload-graphql': () => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': MULTIPART_TYPE, 'apollo-require-preflight': 'true', ...auth },
    body: Buffer.concat([graphqlUploadHead(take().id, spec.uploadType), pdf, multipartTail]),
  }),
  'upload-route': () => ({
    method: 'POST',
    path: `/amendments/${take().id}/documents`,
    headers: { 'content-type': MULTIPART_TYPE, ...auth },
    body: Buffer.concat([formUploadHead(spec.uploadType), pdf, multipartTail]),
  }),
  'upload-plain': () => ({
    method: 'POST',
    path: '/upload',
    headers: { 'content-type': MULTIPART_TYPE },
    body: Buffer.concat([formUploadHead(spec.uploadType), pdf, multipartTail]),
  }),
  login: () => {
    const { account, captchaId } = take();
    return {
      method: 'POST',
      path: '/graphql',
      headers: jsonHeaders,
      body: JSON.stringify({
        query: LOGIN,
        variables: loginVariables(account, spec.password, captchaId),
      }),
    };
  },
};
const build = builders[spec.kind];
if (!build) throw new Error(`unknown kind ${spec.kind}`);

let graphqlErrors = 0;
let badBodies = 0;
const samples = [];
const keep = (status, body) => {
  if (samples.length < 3) samples.push({ status, body: String(body).slice(0, 600) });
};

function onResponse(status, body, _context, headers = {}) {
  // Once a use-once list has run out, the few requests still being sent reuse its first entries
  // (a draft already submitted): their refusals are the harness's, not the API's.
  if (exhausted && !spec.wrap) return;
  if (status < 200 || status >= 300) {
    keep(status, body);
    return;
  }
  if (spec.check === 'graphql') {
    // A GraphQL error comes back with 200: it is a failed request all the same.
    if (body.includes('"errors"') || !body.includes('"data"')) {
      graphqlErrors++;
      keep(status, body);
    }
  } else if (spec.check === 'brotli') {
    // The body is compressed (autocannon does not decode it): its encoding is what is checked.
    const encoding = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-encoding');
    if (encoding?.[1] !== 'br') {
      badBodies++;
      keep(status, `content-encoding: ${encoding?.[1] ?? '(none)'}`);
    }
  } else if (spec.check === 'json-id' && !body.includes('"id"')) {
    badBodies++;
    keep(status, body);
  }
}

const latencies = [];
instance = autocannon({
  url: spec.url,
  connections: spec.connections,
  duration: spec.duration,
  timeout: spec.timeout ?? 30,
  ...(spec.warmup ? { warmup: { connections: spec.connections, duration: spec.warmup } } : {}),
  // A fixed request is built once; the others per request, from the next list entry.
  requests: [
    spec.kind === 'json'
      ? { ...build(), onResponse }
      : { setupRequest: (req) => ({ ...req, ...build() }), onResponse },
  ],
});
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));

const result = await instance;
latencies.sort((a, b) => a - b);
const pct = (p) =>
  latencies.length
    ? Number(
        latencies[
          Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)
        ].toFixed(2),
      )
    : null;
const completed = latencies.length;
const seconds = result.duration;
console.log(
  JSON.stringify({
    kind: spec.kind,
    connections: spec.connections,
    seconds,
    completed,
    rps: Number((completed / seconds).toFixed(1)),
    p50: pct(50),
    p90: pct(90),
    p99: pct(99),
    max: pct(100),
    mean: completed ? Number((latencies.reduce((a, b) => a + b, 0) / completed).toFixed(2)) : null,
    // Bytes read per response, headers included (what compression saves on the wire).
    bytesPerResponse: result.requests.total
      ? Math.round(result.throughput.total / result.requests.total)
      : null,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    badBodies,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, v]) => [code, v.count]),
    ),
    warmupCompleted: result.warmup ? result.warmup.requests.total : 0,
    listSize: list.length,
    consumed: wraps * list.length + next,
    wraps,
    exhausted,
    samples,
  }),
);
