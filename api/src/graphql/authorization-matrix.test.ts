import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_ENTRIES } from './authorization-matrix/entries-accounts.js';
import { AGENCY_ENTRIES } from './authorization-matrix/entries-agencies.js';
import { CASE_ENTRIES } from './authorization-matrix/entries-cases.js';
import { NOTICE_ENTRIES } from './authorization-matrix/entries-notices.js';
import { PUBLIC_ENTRIES } from './authorization-matrix/entries-public.js';
import { REVIEW_ENTRIES } from './authorization-matrix/entries-review.js';
import {
  type Answer,
  type CallContext,
  type Caller,
  CALLER_DESCRIPTIONS,
  CALLERS,
  codeOf,
  type Expectation,
  isAuthorizationCode,
  type MatrixEntry,
  type Refusal,
  schemaOperations,
} from './authorization-matrix/matrix.js';
import { buildWorld, type World } from './authorization-matrix/world.js';

/*
 * The authorization matrix, generated from the public contract: every Query and Mutation field
 * of schema.graphql has an entry saying what each kind of caller gets, and each cell is checked
 * over real HTTP with real sessions and API keys. A refused call must answer its coded error,
 * return no data and change no business table; an allowed call must get past authorization
 * (succeeding, or answering the domain error its entry names).
 */

const MATRIX: MatrixEntry[] = [
  ...PUBLIC_ENTRIES,
  ...ACCOUNT_ENTRIES,
  // Before the cases' entries walk the approved case on: its fee is still due.
  ...NOTICE_ENTRIES,
  ...AGENCY_ENTRIES,
  ...CASE_ENTRIES,
  ...REVIEW_ENTRIES,
];
const SIZE = `${MATRIX.length} operations × ${CALLERS.length} callers = ${
  MATRIX.length * CALLERS.length
} checks`;

let w: World;
/** What each caller actually got, per operation, for the printed matrix. */
const observed = new Map<string, Partial<Record<Caller, string>>>();

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  console.log(renderMatrix());
  await w?.close();
});

const isRefusal = (e: Expectation): e is { refused: Refusal } => 'refused' in e;
const expected = (e: Expectation) => ('refused' in e ? e.refused : e.allowed);
const fieldOf = (entry: MatrixEntry) => entry.operation.split('.')[1]!;

function contextFor(caller: Caller): CallContext {
  const token = w.credential[caller];
  return {
    w,
    caller,
    gql: (query, variables) => w.gql(token, query, variables),
    upload: (query, variables, file) => w.upload(token, query, variables, file),
  };
}

/** Checks one operation for every caller; answers what went wrong, if anything. */
async function check(entry: MatrixEntry): Promise<string[]> {
  await entry.prepare?.(w);
  const problems: string[] = [];
  const seen: Partial<Record<Caller, string>> = {};
  observed.set(entry.operation, seen);
  const refused = CALLERS.filter((c) => isRefusal(entry.expect[c]));
  const allowed = CALLERS.filter((c) => !isRefusal(entry.expect[c]));
  let before = await w.fingerprint();
  for (const caller of [...refused, ...allowed]) {
    const want = expected(entry.expect[caller]);
    let answer: Answer;
    try {
      answer = await entry.call(contextFor(caller));
    } catch (error) {
      problems.push(`${caller}: the call threw ${String(error)}`);
      continue;
    }
    const got = codeOf(answer) ?? (answer.body.errors ? 'ERROR_WITHOUT_CODE' : 'OK');
    seen[caller] = got;
    if (got !== want) problems.push(`${caller}: expected ${want}, got ${got}`);
    if (refused.includes(caller)) {
      const data = answer.body.data?.[fieldOf(entry)];
      if (data !== undefined && data !== null)
        problems.push(`${caller}: refused, yet answered ${JSON.stringify(data)}`);
      const after = await w.fingerprint();
      const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
      if (changed.length) problems.push(`${caller}: refused, yet changed ${changed.join(', ')}`);
      before = after;
    } else {
      if (isAuthorizationCode(got) && got !== want)
        problems.push(`${caller}: allowed, yet refused with ${got}`);
      const wrong = got === want ? entry.verify?.(answer, caller, w) : null;
      if (wrong) problems.push(`${caller}: ${wrong}`);
    }
  }
  return problems;
}

describe(`authorization matrix (${SIZE})`, () => {
  it('has one entry for every Query and Mutation field of schema.graphql, and no other', () => {
    const inSchema = schemaOperations();
    const inMatrix = MATRIX.map((e) => e.operation);
    expect({
      withoutEntry: inSchema.filter((op) => !inMatrix.includes(op)),
      noLongerInSchema: inMatrix.filter((op) => !inSchema.includes(op)),
      twoEntries: inMatrix.filter((op, i) => inMatrix.indexOf(op) !== i),
    }).toEqual({ withoutEntry: [], noLongerInSchema: [], twoEntries: [] });
    for (const entry of MATRIX)
      expect(Object.keys(entry.expect).sort(), entry.operation).toEqual([...CALLERS].sort());
  });

  for (const entry of MATRIX) {
    const summary = CALLERS.map((c) => `${c} ${expected(entry.expect[c])}`).join(', ');
    it(`${entry.operation} (${entry.rule}): ${summary}`, async () => {
      expect(await check(entry)).toEqual([]);
    });
  }
});

/** The matrix as checked, one row per operation: a record of what every caller got. */
function renderMatrix(): string {
  const short = (code: string | undefined) =>
    code === undefined
      ? '—'
      : code === 'OK'
        ? 'ok'
        : code === 'UNAUTHENTICATED'
          ? 'unauth'
          : code === 'FORBIDDEN'
            ? 'forbidden'
            : code === 'NOT_FOUND'
              ? 'not-found'
              : isAuthorizationCode(code)
                ? code
                : `ok:${code}`;
  const rows = [...observed.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, seen]) => [op, ...CALLERS.map((c) => short(seen[c]))]);
  const header = ['operation', ...CALLERS];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [
    `Authorization matrix: ${SIZE} (${observed.size} operations run)`,
    ...CALLERS.map((c) => `  ${c}: ${CALLER_DESCRIPTIONS[c]}`),
    '  ok:CODE = allowed past authorization, then that domain error for a valid reason',
    line(header),
    ...rows.map(line),
  ].join('\n');
}
