// B4's baseline: the least a streaming upload handler can do. `node:http` + busboy; the file
// part streams through SHA-256 into a temporary file, which is then deleted; answers 201 JSON.
//
//   node bench/lib/plain-upload-server.mjs <temp folder>
//
// POST /upload (multipart/form-data: a `type` field, then a `file` part). Prints
// "listening <port>" on 127.0.0.1 when ready.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';

const tmpDir = process.argv[2];
const MAX_BYTES = 64 * 1024 * 1024;

function fail(res, status, message) {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ error: { message } }));
}

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/upload') return fail(res, 404, 'not found');
  let parser;
  try {
    parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: MAX_BYTES } });
  } catch {
    return fail(res, 400, 'not multipart');
  }
  let type = null;
  let stored = null;
  parser.on('field', (name, value) => {
    if (name === 'type') type = value;
  });
  parser.on('file', (name, stream, info) => {
    const target = path.join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const through = new Transform({
      transform(chunk, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    stored = pipeline(stream, through, createWriteStream(target)).then(
      async () => {
        await unlink(target);
        if (stream.truncated) throw new Error('file too large');
        return { size, sha256: hash.digest('hex'), filename: info.filename };
      },
      async (error) => {
        await unlink(target).catch(() => undefined);
        throw error;
      },
    );
  });
  parser.on('close', () => {
    if (!stored) return fail(res, 400, 'no file');
    stored.then(
      (file) => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: randomUUID(), type, ...file }));
      },
      (error) => fail(res, 400, error.message),
    );
  });
  parser.on('error', (error) => fail(res, 400, error.message));
  req.pipe(parser);
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
