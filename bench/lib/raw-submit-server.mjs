// B3's baseline: a submit done with nothing but `pg` — the very statements the API sent for one
// submit (captured from PostgreSQL's statement log), replayed in the same order, with the same
// transaction boundaries, on one pooled connection, with this request's values.
//
//   node bench/lib/raw-submit-server.mjs <replay.json> <database url> [pool size]
//
// POST /submit {"id", "applicantId", "key"} answers 200 with the case's new application number.
// Prints "listening <port>" on 127.0.0.1 when ready.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';

const [replayFile, databaseUrl, poolSize = '10'] = process.argv.slice(2);
const replay = JSON.parse(readFileSync(replayFile, 'utf8'));
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
pool.on('error', () => undefined); // an idle connection ended by the server

/** Placeholders the capture was turned into (see sql-capture.mjs `buildReplay`). */
function fill(text, values) {
  return text.replace(/⟦([a-z]+(?::\d+)?)⟧/g, (whole, name) => {
    if (!(name in values)) throw new Error(`no value for ${whole}`);
    return values[name];
  });
}

async function submit({ id, applicantId, key }) {
  const values = {
    id,
    applicant: applicantId,
    key,
    hash: createHash('sha256').update(JSON.stringify({ id })).digest('hex'),
  };
  for (const name of replay.fresh) values[name] = randomUUID();
  const client = await pool.connect();
  let inTransaction = false;
  try {
    for (const statement of replay.statements) {
      const sql = fill(statement.sql, values);
      const params = statement.params?.map((p) => (p === null ? null : fill(p, values)));
      if (/^(begin|start transaction)/i.test(sql)) inTransaction = true;
      const result = params ? await client.query(sql, params) : await client.query(sql);
      if (/^(commit|rollback)/i.test(sql)) inTransaction = false;
      if (statement.sequence) {
        // The new number as the API made it: a returned application number, or the sequence's
        // value formatted as the captured one was.
        const row = Object.values(result.rows?.[0] ?? {}).map(String);
        const number = row.find((v) => v.startsWith(replay.appno.prefix));
        const n = row.find((v) => /^\d+$/.test(v));
        values.appno =
          number ?? `${replay.appno.prefix}${String(n).padStart(replay.appno.width, '0')}`;
      }
    }
    return values.appno;
  } catch (error) {
    if (inTransaction) await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    let input;
    try {
      input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    submit(input).then(
      (applicationNumber) => {
        const body = JSON.stringify({
          data: { submitAmendment: { id: input.id, applicationNumber, status: 'SUBMITTED' } },
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      (error) => {
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error.message) }] }));
      },
    );
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
