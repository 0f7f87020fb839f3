// The measured scenarios. Each builds the autocannon spec for one measurement (preparing drafts
// or captchas first when its requests use them up) and cleans up after it.
import os from 'node:os';
import {
  cloneDrafts,
  cleanupBenchCases,
  createCaptchas,
  SUBMITTER,
  UPLOADER,
} from './fixtures.mjs';
import {
  CASE,
  CEILING,
  LANDING,
  LIST,
  QUEUES,
  SESSION,
  searchPage,
  submittedPage,
} from './graphql.mjs';
import { failuresOf, runArgon2Loop, runLoad, startLoad, writeList } from './load.mjs';
import { sleep } from './util.mjs';

export const MiB = 1024 * 1024;

const json = (server, token, query, variables, extra = {}) => ({
  kind: 'json',
  url: server.base,
  path: '/graphql',
  headers: {
    'content-type': 'application/json',
    'accept-language': 'en',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body: JSON.stringify({ query, variables }),
  check: 'graphql',
  ...extra,
});

/**
 * How many list entries (drafts, captchas) a measurement may use up: the fastest rate seen so
 * far for it (or a generous first guess) over warm-up and duration, with 50 % to spare.
 */
function needed(ctx, name, guess, extraSeconds = 0) {
  const rate = Math.max(guess, ctx.rates[name] ?? 0);
  return Math.ceil(rate * (ctx.settings.duration + ctx.settings.warmup + extraSeconds) * 1.5) + 20;
}
function remember(ctx, name, result) {
  const rate = result.consumed / (ctx.settings.duration + ctx.settings.warmup);
  ctx.rates[name] = Math.max(ctx.rates[name] ?? 0, rate);
}

async function draftsFor(ctx, name, templateId, guess) {
  const drafts = await cloneDrafts(ctx.client, templateId, needed(ctx, name, guess));
  ctx.drafts[name] = drafts;
  return writeList(ctx.workDir, name, drafts);
}

const cleanup = (ctx) =>
  cleanupBenchCases(ctx.client, {
    filers: [SUBMITTER, UPLOADER],
    keep: [ctx.cases.submitTemplateId, ctx.cases.uploadTemplateId],
    storeDir: ctx.storeDir,
  });

/** Login requests: a fresh captcha each (made in the database), accounts in turn. */
async function loginsFor(ctx, name, guess, extraSeconds = 0) {
  const captchas = await createCaptchas(ctx.client, needed(ctx, name, guess, extraSeconds));
  return writeList(
    ctx.workDir,
    name,
    captchas.map((captchaId, i) => ({
      account: ctx.loginAccounts[(ctx.loginTurn++ + i) % ctx.loginAccounts.length],
      captchaId,
    })),
  );
}

/** The search box's scenarios: each kind of term (`searchTerms` in graphql.mjs). */
export const SEARCHES = {
  number: (t) => `last digits of an application number ("${t}")`,
  name: (t) => `English name, given then surname ("${t}")`,
  chinese: (t) => `part of a Chinese name ("${t}")`,
};

/** Rough first guesses of each rate on a small machine (only used to size lists). */
const GUESS = { submit: 250, raw: 900, upload: 250, login: 120 };

export function scenarios(ctx) {
  const { main } = ctx.servers;
  const list = [
    {
      name: 'C0',
      title: '{ __typename } (ceiling)',
      spec: () => json(main, null, CEILING, {}),
    },
    {
      name: 'B1',
      title: 'applicant reads a case (fee, documents, events)',
      spec: () => json(main, ctx.tokens.holder, CASE, { id: ctx.cases.demoCaseId }),
    },
    ...[50, 10, 100].map((perPage) => ({
      name: `B2-${perPage}`,
      title: `officer list, SUBMITTED, newest first, ${perPage} per page`,
      spec: () => json(main, ctx.tokens.officer.main, LIST, submittedPage(perPage)),
    })),
    {
      // What per-request compression (api/src/http/compression.ts) costs a browser's list page.
      name: 'B2-50-br',
      title: 'B2-50 as a browser asks for it (`accept-encoding: gzip, deflate, br`): brotli',
      spec: () => {
        const spec = json(main, ctx.tokens.officer.main, LIST, submittedPage(50));
        spec.headers['accept-encoding'] = 'gzip, deflate, br';
        return { ...spec, check: 'brotli' };
      },
    },
    ...ctx.sizes.map((size) => ({
      name: `B6-${size.label}`,
      title: `officer landing list (all, newest first, 50) at ${size.label} cases`,
      spec: () => json(ctx.servers[size.label], ctx.tokens.officer[size.label], LIST, LANDING),
    })),
    ...Object.entries(SEARCHES).map(([kind, what]) => ({
      name: `B7-${kind}`,
      title: `officer search box: ${what(ctx.searchTerms[kind])}, first page of 50`,
      spec: () => json(main, ctx.tokens.officer.main, LIST, searchPage(ctx.searchTerms[kind])),
    })),
    {
      name: 'B7-queues',
      title: 'the seven work queues with their counts (`caseQueues`)',
      spec: () => json(main, ctx.tokens.officer.main, QUEUES, {}),
    },
    {
      name: 'B3-api',
      title: 'submitAmendment, a different ready draft each request',
      spec: async () => ({
        kind: 'submit',
        url: main.base,
        token: ctx.tokens.submitter,
        list: await draftsFor(ctx, 'B3-api', ctx.cases.submitTemplateId, GUESS.submit),
        check: 'graphql',
      }),
      after: async (result) => {
        remember(ctx, 'B3-api', result);
        await cleanup(ctx);
      },
    },
    {
      name: 'B3-raw',
      title: 'raw pg: the same statements in the same transaction',
      spec: async () => ({
        kind: 'raw-submit',
        url: ctx.raw.base,
        list: await draftsFor(ctx, 'B3-raw', ctx.cases.submitTemplateId, GUESS.raw),
        check: 'graphql',
      }),
      after: async (result) => {
        remember(ctx, 'B3-raw', result);
        result.check = await ctx.raw.checkSubmitted(result);
        await cleanup(ctx);
      },
    },
    {
      name: 'B4-graphql',
      title: 'upload 1 MiB PDF, GraphQL multipart',
      spec: async () => ({
        kind: 'upload-graphql',
        url: main.base,
        token: ctx.tokens.uploader,
        list: await draftsFor(ctx, 'B4-graphql', ctx.cases.uploadTemplateId, GUESS.upload),
        pdfSize: MiB,
        uploadType: 'PASSPORT',
        wrap: true,
        check: 'graphql',
      }),
      after: async (result) => {
        remember(ctx, 'B4-graphql', result);
        await cleanup(ctx);
      },
    },
    {
      name: 'B4-route',
      title: 'upload 1 MiB PDF, POST /amendments/:id/documents',
      skip: () => (ctx.route.available ? null : `not available (${ctx.route.status})`),
      spec: async () => ({
        kind: 'upload-route',
        url: main.base,
        token: ctx.tokens.uploader,
        list: await draftsFor(ctx, 'B4-route', ctx.cases.uploadTemplateId, GUESS.upload),
        pdfSize: MiB,
        uploadType: 'PASSPORT',
        wrap: true,
        check: 'json-id',
      }),
      after: async (result) => {
        remember(ctx, 'B4-route', result);
        await cleanup(ctx);
      },
    },
    {
      name: 'B4-plain',
      title: 'upload 1 MiB PDF, node:http + busboy + SHA-256 to a temp file',
      spec: () => ({
        kind: 'upload-plain',
        url: ctx.plain.base,
        list: [{ id: 'plain' }],
        pdfSize: MiB,
        uploadType: 'PASSPORT',
        wrap: true,
        check: 'json-id',
      }),
    },
    {
      name: 'B5-login',
      title: 'login mutation (200 accounts in turn, fresh captcha each)',
      spec: async () => ({
        kind: 'login',
        url: main.base,
        password: ctx.login.password,
        list: await loginsFor(ctx, 'B5-login', GUESS.login),
        check: 'graphql',
      }),
      after: (result) => remember(ctx, 'B5-login', result),
    },
    {
      name: 'B5-argon2',
      title: `bare argon2 verify loop, ${os.availableParallelism()} at a time`,
      run: () =>
        runArgon2Loop(ctx.workDir, {
          hash: ctx.login.hash,
          password: ctx.login.password,
          concurrency: os.availableParallelism(),
          duration: ctx.settings.duration,
          warmup: ctx.settings.warmup,
        }),
    },
    {
      name: 'B5-session-rest',
      title: `session query, ${ctx.settings.sessionConnections} connections, server otherwise idle`,
      spec: () =>
        json(
          main,
          ctx.tokens.officer.main,
          SESSION,
          {},
          {
            connections: ctx.settings.sessionConnections,
          },
        ),
    },
    {
      name: 'B5-session-flood',
      title: `session query, ${ctx.settings.sessionConnections} connections, during a login flood of ${ctx.settings.floodConnections}`,
      run: async () => {
        const extra = 2.5;
        const flood = await startLoad(ctx.workDir, {
          kind: 'login',
          url: main.base,
          password: ctx.login.password,
          list: await loginsFor(ctx, 'B5-flood', GUESS.login, extra),
          check: 'graphql',
          connections: ctx.settings.floodConnections,
          duration: ctx.settings.duration + ctx.settings.warmup + extra,
        });
        await sleep(1000); // the flood is running before the session measurement starts
        const session = await runLoad(ctx.workDir, {
          ...json(main, ctx.tokens.officer.main, SESSION, {}),
          connections: ctx.settings.sessionConnections,
          duration: ctx.settings.duration,
          warmup: ctx.settings.warmup,
        });
        const floodResult = await flood.result();
        remember(ctx, 'B5-flood', { consumed: floodResult.consumed });
        await sleep(1000); // logins still queued in the server finish before the next scenario
        return { ...session, flood: floodResult };
      },
    },
  ];
  return list;
}

/**
 * Unrecorded load on every server before round 1: the read-only scenarios (no list to use up)
 * for the warm-up time each, the landing list on every size's server three times as long.
 */
export async function warmUp(ctx, list) {
  for (const scenario of list) {
    if (scenario.run || scenario.after || scenario.skip?.()) continue;
    const spec = await scenario.spec();
    if (spec.kind !== 'json') continue;
    await runLoad(ctx.workDir, {
      connections: ctx.settings.connections,
      ...spec,
      duration: ctx.settings.warmup * (scenario.name.startsWith('B6-') ? 3 : 1),
    });
  }
}

/** One measurement of a scenario, with the suite's duration, warm-up and connections. */
export async function measure(ctx, scenario) {
  const skipped = scenario.skip?.();
  if (skipped) return { skipped };
  let result;
  if (scenario.run) {
    result = await scenario.run();
  } else {
    const spec = await scenario.spec();
    result = await runLoad(ctx.workDir, {
      connections: ctx.settings.connections,
      duration: ctx.settings.duration,
      warmup: ctx.settings.warmup,
      ...spec,
    });
  }
  result.failed = failuresOf(result) + (result.flood ? failuresOf(result.flood) : 0);
  await scenario.after?.(result);
  return result;
}
