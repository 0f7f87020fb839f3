// Starting load-generating processes (autocannon, the argon2 loop) and reading their results.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { root, spawnNode } from './util.mjs';

const WORKER = path.join(root, 'bench', 'lib', 'load-worker.mjs');
const ARGON2_LOOP = path.join(root, 'bench', 'lib', 'argon2-loop.mjs');

let sequence = 0;

async function writeSpec(workDir, spec) {
  const file = path.join(workDir, `load-${++sequence}.json`);
  await writeFile(file, JSON.stringify(spec));
  return file;
}

/** Writes `list` to a file for a worker (draft ids, captchas); returns its path. */
export async function writeList(workDir, name, list) {
  const file = path.join(workDir, `${name}-${++sequence}.json`);
  await writeFile(file, JSON.stringify(list));
  return file;
}

/** Starts an autocannon process; `await handle.result()` gives its figures. */
export async function startLoad(workDir, spec) {
  return spawnNode(WORKER, [await writeSpec(workDir, spec)]);
}

export async function runLoad(workDir, spec) {
  return (await startLoad(workDir, spec)).result();
}

export async function runArgon2Loop(workDir, spec) {
  return spawnNode(ARGON2_LOOP, [await writeSpec(workDir, spec)]).result();
}

/** Failed requests of a measurement: non-2xx, socket errors and timeouts, GraphQL errors. */
export const failuresOf = (r) =>
  (r.non2xx ?? 0) +
  (r.errors ?? 0) +
  (r.graphqlErrors ?? 0) +
  (r.badBodies ?? 0) +
  (r.failures ?? 0);
