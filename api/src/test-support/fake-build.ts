import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** A stand-in for a front end's Vite build (`admin/dist`, `portal/dist`): tests need no build. */
export interface FakeBuild {
  dir: string;
  /** index.html's text: a page titled as asked. */
  index: string;
  /** `assets/<name>`, with `.br` and `.gz` copies as vite-plugin-compression2 writes them. */
  asset: { name: string; body: string };
  remove(): Promise<void>;
}

export async function fakeBuild(title: string): Promise<FakeBuild> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'goldcard-build-'));
  const index = [
    '<!doctype html>',
    '<html lang="zh-Hant-TW">',
    '<head>',
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    `<title>${title}</title>`,
    '<script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>',
    '</head>',
    '<body>',
    '<div id="root"></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  // Big and repetitive enough to be worth compressing, like a real bundle.
  const body = Array.from(
    { length: 200 },
    (_, i) => `export const value${i} = "${title} ${i}";`,
  ).join('\n');
  const name = 'index-Ab12Cd34.js';
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), index);
  await writeFile(path.join(dir, 'index.html.gz'), gzipSync(index));
  await writeFile(path.join(dir, 'assets', name), body);
  await writeFile(path.join(dir, 'assets', `${name}.br`), brotliCompressSync(body));
  await writeFile(path.join(dir, 'assets', `${name}.gz`), gzipSync(body));
  await writeFile(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return {
    dir,
    index,
    asset: { name, body },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
