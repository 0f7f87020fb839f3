import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      demoData: true,
      databaseUrl: undefined,
    });
    expect(config.publicUrl).toBe('http://localhost:4000');
    // The two front ends the API serves, built where npm run build puts them.
    expect(config.adminDistDir).toMatch(/[\\/]admin[\\/]dist$/);
    expect(config.portalDistDir).toMatch(/[\\/]portal[\\/]dist$/);
    expect(loadConfig({ PORTAL_DIST_DIR: 'elsewhere/dist' }).portalDistDir).toBe(
      path.resolve('elsewhere/dist'),
    );
  });

  it('reports every bad variable at once, one line each, naming what is expected', () => {
    const problems = problemsOf({
      PORT: 'forty',
      DATABASE_URL: 'mysql://root:secret@db/x',
      LOG_LEVEL: 'loud',
    });
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT:'))).toMatch(
      /integer between 1 and 65535.*"forty"/,
    );
    expect(problems.find((p) => p.startsWith('DATABASE_URL:'))).toMatch(/postgres:\/\//);
    expect(problems.find((p) => p.startsWith('LOG_LEVEL:'))).toMatch(/fatal, error, warn/);
  });

  it('never echoes a database URL, which carries a password', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'postgres//user:hunter2@db' });
    expect(problem).toBeDefined();
    expect(problem).not.toContain('hunter2');
  });

  it('rejects out-of-range ports and turns demo data off in production by default', () => {
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/^PORT:/);
    expect(problemsOf({ PORT: '0' })[0]).toMatch(/^PORT:/);
    const smtp = { SMTP_URL: 'smtp://mail.internal:25' };
    expect(loadConfig({ NODE_ENV: 'production', ...smtp }).demoData).toBe(false);
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'SMTP_URL: required when NODE_ENV=production (mail would never be sent)',
    ]);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'true', ...smtp }).demoData).toBe(true);
    expect(
      problemsOf({ NODE_ENV: 'production', CAPTCHA_FIXED_ANSWER: 'ABCD', ...smtp })[0],
    ).toMatch(/^CAPTCHA_FIXED_ANSWER: must not be set/);
  });
  it('serves metrics nowhere by default, and checks the metrics listener and token', () => {
    expect(loadConfig({}).metrics).toEqual({
      port: undefined,
      host: '127.0.0.1',
      token: undefined,
    });
    const token = 'a'.repeat(40);
    expect(
      loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0', METRICS_TOKEN: token }).metrics,
    ).toEqual({ port: 9464, host: '0.0.0.0', token });
    expect(problemsOf({ PORT: '4000', METRICS_PORT: '4000' })).toEqual([
      'METRICS_PORT: must differ from PORT (the public port) (got 4000)',
    ]);
    expect(problemsOf({ METRICS_PORT: '0' })[0]).toMatch(/^METRICS_PORT: expected an integer/);
    expect(problemsOf({ METRICS_HOST: 'http://x/' })[0]).toMatch(/^METRICS_HOST:/);
    // A token too short to resist guessing is refused, and never echoed.
    const [short] = problemsOf({ METRICS_TOKEN: 'hunter2' });
    expect(short).toMatch(/^METRICS_TOKEN: expected 32 to 256/);
    expect(short).not.toContain('hunter2');
  });
});
