import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBuild, type FakeBuild } from '../test-support/fake-build.js';
import { builtApp, cacheControlFor, chooseEncoding, type Encoding } from './built-app.js';

const BOTH = new Set<Encoding>(['br', 'gzip']);

describe('choosing an encoding from Accept-Encoding', () => {
  it('prefers brotli among equals, whatever the order the client lists them in', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd', BOTH)).toBe('br');
    expect(chooseEncoding('br, gzip', BOTH)).toBe('br');
    expect(chooseEncoding('*', BOTH)).toBe('br');
    expect(chooseEncoding('GZIP, BR', BOTH)).toBe('br');
  });

  it('follows the client’s weights and refusals', () => {
    expect(chooseEncoding('gzip;q=1, br;q=0.5', BOTH)).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip', BOTH)).toBe('gzip');
    expect(chooseEncoding('br;q=0, *', BOTH)).toBe('gzip');
    expect(chooseEncoding('*;q=0', BOTH)).toBeNull();
    expect(chooseEncoding('identity', BOTH)).toBeNull();
    expect(chooseEncoding('deflate', BOTH)).toBeNull();
    expect(chooseEncoding('gzip;q=nonsense', BOTH)).toBeNull();
    expect(chooseEncoding(undefined, BOTH)).toBeNull();
    expect(chooseEncoding('', BOTH)).toBeNull();
  });

  it('only picks a copy the build has', () => {
    expect(chooseEncoding('br', new Set<Encoding>(['gzip']))).toBeNull();
    expect(chooseEncoding('gzip, br', new Set<Encoding>(['gzip']))).toBe('gzip');
    expect(chooseEncoding('gzip, br', new Set())).toBeNull();
  });
});

describe('cache headers of built files', () => {
  it('keeps hashed assets for a year, index.html never without asking, the rest an hour', () => {
    expect(cacheControlFor('assets/index-Ab12Cd34.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('index.html')).toBe('no-cache');
    expect(cacheControlFor('favicon.svg')).toBe('public, max-age=3600');
  });
});

describe('reading a build', () => {
  let build: FakeBuild;
  beforeAll(async () => {
    build = await fakeBuild('app');
    // A big text file without copies is reported, so a build made without the compression
    // plugin does not go unnoticed; a tiny one is not worth it (the plugin leaves out copies
    // no smaller than the file, and so does the server).
    await writeFile(path.join(build.dir, 'tiny.json'), '{}');
    await writeFile(path.join(build.dir, 'tiny.json.gz'), gzipSync('{}'));
    await writeFile(path.join(build.dir, 'assets', 'big.css'), 'a{color:red}\n'.repeat(200));
  });
  afterAll(() => build?.remove());

  it('knows whether it is built and which text files have no compressed copy', () => {
    const app = builtApp(build.dir);
    expect(app.built).toBe(true);
    expect(app.uncompressed).toEqual(['assets/big.css']);
    expect(builtApp(path.join(build.dir, 'missing')).built).toBe(false);
  });
});
