import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../shared/logger.js';
import { openDatabase } from '../bootstrap.js';
import { seedAmendments } from './amendments-scale.js';
import { seedHolders } from './scale.js';

/**
 * `npm run seed -- --applicants 100000 [--amendments 1000000] [--seed 7]`: adds deterministic
 * holders, then amendment cases for the holders in the database, to the configured database
 * (DATABASE_URL, or the embedded server under DATA_DIR), migrating it first. Both counts are
 * totals for the seed: a rerun adds only what is missing.
 */
const { values } = parseArgs({
  options: {
    applicants: { type: 'string', default: '1000' },
    amendments: { type: 'string', default: '0' },
    seed: { type: 'string', default: '7' },
  },
});
const applicants = Number(values.applicants);
const amendments = Number(values.amendments);
const seed = Number(values.seed);
if (!Number.isInteger(applicants) || applicants < 1 || applicants > 10_000_000) {
  console.error('--applicants: expected a whole number from 1 to 10000000');
  process.exit(2);
}
if (!Number.isInteger(amendments) || amendments < 0 || amendments > 50_000_000) {
  console.error('--amendments: expected a whole number from 0 to 50000000');
  process.exit(2);
}
if (!Number.isInteger(seed) || seed < 0) {
  console.error('--seed: expected a whole number of 0 or more');
  process.exit(2);
}

const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await openDatabase(config, log);
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const started = Date.now();
try {
  // Scale data starts far from the demo set's indexes so both can live in one database.
  const result = await seedHolders(client, {
    applicants,
    seed,
    firstIndex: 1_000_000,
    onProgress: (done, total) => process.stdout.write(`\rholders: ${done}/${total}`),
  });
  process.stdout.write('\n');
  console.log(
    `created ${result.created} holders (${result.skipped} already present) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (amendments > 0) {
    const casesStarted = Date.now();
    const cases = await seedAmendments(client, {
      amendments,
      seed,
      onProgress: (done, total) => process.stdout.write(`\ramendments: ${done}/${total}`),
    });
    process.stdout.write('\n');
    console.log(
      `created ${cases.created} amendments with ${cases.events} timeline events (${cases.skipped} already present) in ${((Date.now() - casesStarted) / 1000).toFixed(1)} s`,
    );
  }
} finally {
  await client.end();
  await db.close();
}
