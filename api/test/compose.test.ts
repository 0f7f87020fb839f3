import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.js';

/**
 * docker-compose.yml cannot be started in CI (no container engine there), so its shape, the
 * files it points at and the Dockerfile are checked statically here.
 */

const repoRoot = new URL('../../', import.meta.url);
const readText = (relative: string) => readFileSync(new URL(relative, repoRoot), 'utf8');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  ports?: (string | number | { published?: string | number; target?: number })[];
  expose?: (string | number)[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  deploy?: { replicas?: number };
  healthcheck?: { test?: string | string[]; disable?: boolean };
  volumes?: (string | { type?: string; source?: string; target?: string })[];
  command?: string | string[];
  entrypoint?: string | string[];
  container_name?: string;
  network_mode?: string;
}

const composeText = readText('docker-compose.yml');
const compose = parse(composeText) as { services: Record<string, Service> };
const services = compose.services;

function service(name: string): Service {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
}

function environment(s: Service): Record<string, string> {
  const env = s.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

function dependsOn(s: Service): Record<string, string | undefined> {
  const deps = s.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, v?.condition]));
}

function hasHealthcheck(s: Service): boolean {
  const test = s.healthcheck?.test;
  return !s.healthcheck?.disable && test !== undefined && test.length > 0 && test[0] !== 'NONE';
}

/** Dockerfile instructions, continuation lines joined, comments and parser directives dropped. */
function dockerInstructions(text: string): { op: string; args: string }[] {
  const joined = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

describe('docker-compose.yml', () => {
  it('declares the scaled production shape', () => {
    for (const name of ['postgres', 'api', 'proxy', 'mailpit', 'minio', 'minio-init']) {
      expect(Object.keys(services), `service ${name}`).toContain(name);
    }
    expect(service('postgres').image).toMatch(/^postgres:16(\.|$|-)/);
    expect(hasHealthcheck(service('postgres'))).toBe(true);
    expect(service('proxy').image).toMatch(/^nginx:1\.27/);
    expect(service('mailpit').image).toMatch(/^axllent\/mailpit/);
    expect(service('minio').image).toMatch(/^minio\/minio/);
    expect(service('minio-init').image).toMatch(/^minio\/mc/);
  });

  it('lets the API scale: no host port, no fixed name, at least two replicas', () => {
    const api = service('api');
    expect(api.ports ?? [], 'api must not publish a host port').toEqual([]);
    expect(api.container_name, 'a fixed container_name prevents scaling').toBeUndefined();
    expect(api.network_mode).toBeUndefined();
    expect(api.deploy?.replicas ?? 1).toBeGreaterThanOrEqual(2);
    expect((api.expose ?? []).map(String)).toContain('4000');
  });

  it('builds the API from the root Dockerfile', () => {
    const build = service('api').build;
    const context = typeof build === 'string' ? build : build?.context;
    const dockerfile = (typeof build === 'object' && build.dockerfile) || 'Dockerfile';
    expect(context).toBe('.');
    expect(dockerfile).toBe('Dockerfile');
    expect(existsSync(new URL(dockerfile, repoRoot))).toBe(true);
  });

  it('starts the API only after its dependencies are ready', () => {
    const deps = dependsOn(service('api'));
    expect(deps.postgres).toBe('service_healthy');
    expect(deps['minio-init']).toBe('service_completed_successfully');
    expect(Object.keys(deps)).toContain('mailpit');
    expect(hasHealthcheck(service('minio'))).toBe(true);
    expect(dependsOn(service('minio-init')).minio).toBe('service_healthy');
    expect(Object.keys(dependsOn(service('proxy')))).toContain('api');
  });

  it('configures the API for PostgreSQL, SMTP and the S3 store of this file', () => {
    const env = environment(service('api'));
    const db = new URL(env.DATABASE_URL ?? '');
    expect(db.protocol).toBe('postgres:');
    expect(db.hostname).toBe('postgres');
    expect(db.port).toBe('5432');
    const pg = environment(service('postgres'));
    expect(decodeURIComponent(db.username)).toBe(pg.POSTGRES_USER);
    expect(decodeURIComponent(db.password)).toBe(pg.POSTGRES_PASSWORD);
    expect(db.pathname).toBe(`/${pg.POSTGRES_DB}`);

    expect(env.NODE_ENV).toBe('production');
    expect(new URL(env.SMTP_URL ?? '').host).toBe('mailpit:1025');
    expect(env.DOCUMENT_STORE).toBe('s3');
    expect(new URL(env.S3_ENDPOINT ?? '').host).toBe('minio:9000');
    expect(env.S3_BUCKET).toBe('goldcard-documents');
    expect(env.S3_ACCESS_KEY_ID).toMatch(/^\$\{S3_ACCESS_KEY_ID:-.+\}$/);
    expect(env.S3_SECRET_ACCESS_KEY).toMatch(/^\$\{S3_SECRET_ACCESS_KEY:-.+\}$/);
  });

  it('sets only variables the API reads, and they make a valid configuration', () => {
    const env = environment(service('api'));
    const unread = Object.keys(env).filter((name) => !CONFIG_VARIABLES.includes(name));
    expect(unread, 'set in docker-compose.yml but read by no setting in api/src/config.ts').toEqual(
      [],
    );
    // As compose would pass them with nothing set in the shell: each ${VAR:-default} its default.
    const resolved = Object.fromEntries(
      Object.entries(env).map(([name, value]) => [
        name,
        value.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}/g, '$1'),
      ]),
    );
    const config = loadConfig(resolved);
    expect(config.nodeEnv).toBe('production');
    expect(config.trustProxy).toBe(true);
    expect(config.documentStore).toMatchObject({
      kind: 's3',
      endpoint: env.S3_ENDPOINT,
      bucket: env.S3_BUCKET,
      forcePathStyle: true,
      credentials: {
        accessKeyId: resolved.S3_ACCESS_KEY_ID,
        secretAccessKey: resolved.S3_SECRET_ACCESS_KEY,
      },
    });
  });

  it('creates the very bucket the API uses, with the credentials the API uses', () => {
    const init = service('minio-init');
    const initEnv = environment(init);
    const apiEnv = environment(service('api'));
    const minioEnv = environment(service('minio'));
    const script = [init.entrypoint, init.command].flat().filter(Boolean).join(' ');
    expect(script).toMatch(/mc mb --ignore-existing/);
    // The bucket is named in the script or passed to it as $S3_BUCKET (written $$ in compose).
    const bucket = script.includes('$$S3_BUCKET')
      ? initEnv.S3_BUCKET
      : /mc mb --ignore-existing\s+"?[\w-]+\/([a-z0-9.-]+)/.exec(script)?.[1];
    expect(bucket).toBe(apiEnv.S3_BUCKET);
    expect(initEnv.S3_ACCESS_KEY_ID).toBe(apiEnv.S3_ACCESS_KEY_ID);
    expect(initEnv.S3_SECRET_ACCESS_KEY).toBe(apiEnv.S3_SECRET_ACCESS_KEY);
    expect(minioEnv.MINIO_ROOT_USER).toBe(apiEnv.S3_ACCESS_KEY_ID);
    expect(minioEnv.MINIO_ROOT_PASSWORD).toBe(apiEnv.S3_SECRET_ACCESS_KEY);
  });

  it('gives every ${VAR} a default or documents it in .env.example', () => {
    const documented = existsSync(new URL('.env.example', repoRoot))
      ? new Set(
          readText('.env.example')
            .split('\n')
            .map((line) => /^\s*#?\s*([A-Z_][A-Z0-9_]*)=/.exec(line)?.[1])
            .filter((name): name is string => name !== undefined),
        )
      : new Set<string>();
    // `$$` is compose's escape for a literal `$` (left for the container's shell).
    const unescaped = composeText.replace(/\$\$/g, '');
    const bare = [...unescaped.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
    expect(bare, 'use ${VAR:-default} rather than $VAR').toEqual([]);

    const uses = [...unescaped.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1] ?? '');
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)(.*)|(:?\?)(.*))?$/.exec(use);
      expect(match, `malformed interpolation \${${use}}`).not.toBeNull();
      const [, name, withDefault, , required] = match!;
      const ok = withDefault !== undefined || required !== undefined || documented.has(name!);
      expect(ok, `\${${use}} has no default and is not documented in .env.example`).toBe(true);
    }
  });
});

describe('the proxy', () => {
  const proxy = service('proxy');
  const mount = (proxy.volumes ?? [])
    .map((v) =>
      typeof v === 'string'
        ? { source: v.split(':')[0] ?? '', target: v.split(':')[1] ?? '' }
        : { source: v.source ?? '', target: v.target ?? '' },
    )
    .find((v) => v.target.startsWith('/etc/nginx/'));

  it('publishes port 4000 and mounts its config from deploy/', () => {
    const published = (proxy.ports ?? []).map((p) =>
      typeof p === 'object' ? String(p.published) : String(p).split(':').at(-2),
    );
    expect(published).toContain('4000');
    expect(mount?.source).toMatch(/^\.\/deploy\/.+\.conf$/);
  });

  it('balances over the api replicas on port 4000', () => {
    expect(mount, 'proxy mounts no nginx config').toBeDefined();
    const file = new URL(mount!.source.replace(/^\.\//, ''), repoRoot);
    expect(existsSync(file), `${mount!.source} is missing`).toBe(true);
    const conf = readFileSync(file, 'utf8').replace(/#.*$/gm, '');
    const upstream = /upstream\s+(\S+)\s*\{([^}]*)\}/.exec(conf);
    expect(upstream, 'no upstream block').not.toBeNull();
    expect(upstream![2]).toMatch(/\bserver\s+api:4000\b/);
    // Round robin is nginx's default; another method would pin clients to one replica.
    expect(upstream![2]).not.toMatch(/\b(ip_hash|hash|least_conn|random)\b/);
    expect(conf).toMatch(new RegExp(`proxy_pass\\s+http://${upstream![1]};`));
    expect(conf).toMatch(/listen\s+4000\b/);
  });

  it('tells the API who connected, not what the client claims (rate limits, audit)', () => {
    const conf = readFileSync(new URL(mount!.source.replace(/^\.\//, ''), repoRoot), 'utf8');
    expect(conf).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$remote_addr;/);
    expect(conf).not.toMatch(/\$proxy_add_x_forwarded_for/);
  });

  it('gzips text the API left uncompressed, never PDFs or images, and lets brotli through', () => {
    const conf = readFileSync(
      new URL(mount!.source.replace(/^\.\//, ''), repoRoot),
      'utf8',
    ).replace(/#.*$/gm, '');
    expect(conf).toMatch(/\bgzip\s+on;/);
    expect(conf).toMatch(/\bgzip_vary\s+on;/);
    const types = /\bgzip_types\s+([^;]*);/.exec(conf)?.[1]?.split(/\s+/) ?? [];
    expect(types).toEqual(expect.arrayContaining(['application/json', 'text/css']));
    expect(types.filter((t) => /pdf|^image\/(?!svg)/.test(t))).toEqual([]);
    // The client's Accept-Encoding must reach the API (its brotli and the build-time copies).
    expect(conf).not.toMatch(/proxy_set_header\s+Accept-Encoding/i);
    // The stock image has no brotli module: a `brotli` directive would stop nginx starting.
    expect(conf).not.toMatch(/\bbrotli\w*\s/);
  });
});

describe('Dockerfile', () => {
  const instructions = dockerInstructions(readText('Dockerfile'));
  const stages = instructions.filter((i) => i.op === 'FROM');
  const lastFrom = instructions.lastIndexOf(stages.at(-1)!);
  const finalStage = instructions.slice(lastFrom);

  it('is a multi-stage build on node:24-bookworm-slim that installs with npm ci', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const from of stages) expect(from.args).toMatch(/^node:24-bookworm-slim\b/);
    // The API's tests also run on the image's Node major (.ci/run).
    expect(readText('.ci/run')).toMatch(/\bnode@24\.\d+\.\d+\b/);
    const runs = instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(runs.some((r) => /\bnpm run build\b/.test(r))).toBe(true);
  });

  it('runs the compiled API as a non-root user on port 4000', () => {
    const users = finalStage.filter((i) => i.op === 'USER').map((i) => i.args.split(':')[0]);
    expect(users.length, 'the final stage sets no USER').toBeGreaterThan(0);
    expect(['root', '0']).not.toContain(users.at(-1));

    const expose = finalStage.filter((i) => i.op === 'EXPOSE').flatMap((i) => i.args.split(/\s+/));
    expect(expose.map((p) => p.split('/')[0])).toContain('4000');

    const cmd = finalStage.filter((i) => i.op === 'CMD').at(-1);
    expect(cmd, 'the final stage has no CMD').toBeDefined();
    const argv = cmd!.args.startsWith('[')
      ? (JSON.parse(cmd!.args) as string[])
      : cmd!.args.split(/\s+/);
    expect(argv).toEqual(['node', 'api/dist/main.js']);
  });

  it('installs every workspace and ships both web apps with the API', () => {
    const rootManifest = JSON.parse(readText('package.json')) as { workspaces: string[] };
    const npmCi = instructions.findIndex((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args));
    const copiedBefore = instructions
      .slice(0, npmCi)
      .filter((i) => i.op === 'COPY')
      .map((i) => i.args);
    // npm ci checks the lockfile against every workspace's manifest: a missing one fails it.
    for (const workspace of rootManifest.workspaces) {
      expect(copiedBefore, `${workspace}/package.json is copied before npm ci`).toContainEqual(
        expect.stringContaining(`${workspace}/package.json`),
      );
    }
    const shipped = finalStage.filter((i) => i.op === 'COPY').map((i) => i.args);
    for (const dist of ['api/dist', 'admin/dist', 'portal/dist']) {
      expect(shipped, `the image carries ${dist}`).toContainEqual(expect.stringContaining(dist));
    }
  });

  it('has a .dockerignore that keeps node_modules and local data out of the context', () => {
    const ignore = readText('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    expect(ignore.some((l) => /(^|\*\*\/)node_modules\/?$/.test(l))).toBe(true);
    expect(ignore).toContain('.env');
    expect(ignore.some((l) => /(^|\*\*\/)\.data\/?$/.test(l))).toBe(true);
  });
});
