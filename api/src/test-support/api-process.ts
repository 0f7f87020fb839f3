import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * The production build (`api/dist/main.js`) as a child process, for tests about processes:
 * crashes (SIGKILL), database outages, several replicas. `npm test` builds before testing
 * (turbo: `test` depends on `build`).
 */
export const API_ENTRY = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** Fails with a clear message when the build is missing or older than what a test relies on. */
export function assertBuilt(...needed: string[]): void {
  const missing = [
    API_ENTRY,
    ...needed.map((p) => fileURLToPath(new URL(`../../dist/${p}`, import.meta.url))),
  ].filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(
      `the API build is missing or out of date (${missing.join(', ')} not found): run ` +
        '`npm run build -w @goldcard/api` (`npm test` builds first)',
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Everything the process wrote (stdout and stderr). */
  output(): string;
  /** JSON log lines written so far, parsed. */
  logLines(): Record<string, unknown>[];
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
  /** SIGTERM, then waits for the exit (SIGKILL after `timeoutMs`); returns the exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
}

/** Settings every test process gets (tests add theirs on top). */
export const TEST_PROCESS_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  DEMO_DATA: 'false',
  HOST: '127.0.0.1',
  CAPTCHA_FIXED_ANSWER: 'GC2026',
  LOGIN_RATE_LIMIT_PER_IP: '100000',
  PASSWORD_HASH_WORKERS: '1',
};

/** Starts `node dist/main.js` with `env` and waits until `/readyz` answers 200. */
export async function startApiProcess(
  env: Record<string, string>,
  options: { port?: number; readyTimeoutMs?: number } = {},
): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [API_ENTRY], {
    env: {
      PATH: process.env.PATH,
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      ...TEST_PROCESS_ENV,
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 4_000_000) output = output.slice(-2_000_000);
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const url = `http://127.0.0.1:${port}`;
  const handle: ApiProcess = {
    url,
    port,
    child,
    exited,
    output: () => output,
    logLines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .flatMap((line) => {
          try {
            return [JSON.parse(line) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop(timeoutMs = 25_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  try {
    await waitReady(handle, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await handle.kill();
    throw new Error(`${(error as Error).message}\n--- output ---\n${output.slice(-4_000)}`, {
      cause: error,
    });
  }
  return handle;
}

/** Polls `/readyz` until it answers 200. */
export async function waitReady(api: ApiProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) {
      throw new Error(
        `the API exited (${api.child.exitCode ?? api.child.signalCode}) before ready`,
      );
    }
    try {
      const res = await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the API was not ready within ${timeoutMs} ms`);
}

export interface GqlAnswer<T> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  headers: Headers;
}

/** A GraphQL request over HTTP; throws only when no answer arrives (network failure). */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<GqlAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let body: { data?: T | null; errors?: GqlAnswer<T>['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = {
      errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.status}` } }],
    };
  }
  return { status: res.status, data: body.data, errors: body.errors ?? [], headers: res.headers };
}

/** Logs in through `url` with a fresh captcha (the fixed test answer); returns the answer. */
export async function loginAt(
  url: string,
  account: string,
  password: string,
  captchaAnswer = 'GC2026',
) {
  const captcha = await gql<{ captcha: { id: string } }>(url, '{ captcha { id } }');
  const captchaId = captcha.data?.captcha.id;
  if (!captchaId) throw new Error(`no captcha: ${JSON.stringify(captcha.errors)}`);
  return gql<{ login: { token: string } }>(
    url,
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { account, password, captchaId, captchaAnswer, cookie: false } },
  );
}
