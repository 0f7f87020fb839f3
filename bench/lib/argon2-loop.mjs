// B5's baseline: nothing but argon2 verifying a password against a stored hash, `concurrency`
// verifications in flight at any time, for a fixed duration after a warm-up. It calls the argon2
// library the API itself depends on (`@node-rs/argon2` or `argon2`) directly.
//
//   node bench/lib/argon2-loop.mjs <spec.json>   ({ hash, password, concurrency, duration, warmup })
//
// Prints one line of JSON: verifications per second and latency percentiles.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const apiPackage = fileURLToPath(new URL('../../api/package.json', import.meta.url));
const { dependencies } = JSON.parse(readFileSync(apiPackage, 'utf8'));
const library = ['@node-rs/argon2', 'argon2'].find((name) => dependencies[name]);
if (!library) throw new Error('the API depends on no argon2 library this loop knows');
const require = createRequire(apiPackage);
const entry = require.resolve(library);
const imported = await import(entry);
const verify = imported.verify ?? imported.default.verify;
let dir = path.dirname(entry);
while (!JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version) {
  dir = path.dirname(dir);
}
const version = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

async function loop(seconds, record) {
  const end = performance.now() + seconds * 1000;
  let failures = 0;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const ok = await verify(spec.hash, spec.password);
      if (!ok) failures++;
      record?.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: spec.concurrency }, worker));
  return { failures, seconds: (performance.now() - t0) / 1000 };
}

if (spec.warmup) await loop(spec.warmup);
const latencies = [];
const { failures, seconds } = await loop(spec.duration, latencies);
latencies.sort((a, b) => a - b);
const pct = (p) =>
  Number(
    latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)].toFixed(
      2,
    ),
  );
console.log(
  JSON.stringify({
    kind: 'argon2-verify',
    library: `${library} ${version}`,
    concurrency: spec.concurrency,
    seconds: Number(seconds.toFixed(2)),
    completed: latencies.length,
    rps: Number((latencies.length / seconds).toFixed(1)),
    p50: pct(50),
    p99: pct(99),
    failures,
    parameters: spec.hash.split('$').slice(1, 4).join('$'),
  }),
);
