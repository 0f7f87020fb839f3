import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('hardening settings', () => {
  it('default to limits every known client stays within, and same-origin only', () => {
    const config = loadConfig({});
    expect(config.graphqlLimits).toEqual({
      maxDepth: 10,
      maxCost: 5000,
      maxAliases: 15,
      maxTokens: 2000,
      maxDirectives: 20,
    });
    expect(config.http).toEqual({
      headersTimeoutMs: 20_000,
      requestTimeoutMs: 120_000,
      keepAliveTimeoutMs: 65_000,
      corsOrigins: [],
    });
  });

  it('read every variable', () => {
    const config = loadConfig({
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_COST: '3000',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_TOKENS: '1000',
      GRAPHQL_MAX_DIRECTIVES: '5',
      HTTP_HEADERS_TIMEOUT_MS: '10000',
      HTTP_REQUEST_TIMEOUT_MS: '60000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '75000',
      CORS_ORIGINS: ' https://portal.example ,http://localhost:5173,,https://portal.example',
    });
    expect(config.graphqlLimits).toEqual({
      maxDepth: 8,
      maxCost: 3000,
      maxAliases: 0,
      maxTokens: 1000,
      maxDirectives: 5,
    });
    expect(config.http).toEqual({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 75_000,
      corsOrigins: ['https://portal.example', 'http://localhost:5173'],
    });
  });

  it('refuse bad values, one line each, naming the variable', () => {
    const problems = problemsOf({
      GRAPHQL_MAX_DEPTH: '1',
      GRAPHQL_MAX_COST: 'lots',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '-5',
      CORS_ORIGINS: 'https://portal.example/',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'CORS_ORIGINS',
      'GRAPHQL_MAX_COST',
      'GRAPHQL_MAX_DEPTH',
      'HTTP_KEEP_ALIVE_TIMEOUT_MS',
    ]);
    expect(problems.find((p) => p.startsWith('GRAPHQL_MAX_DEPTH'))).toMatch(/from 2 to 100/);
  });

  it('take exact origins only: no wildcard, path, credentials or other scheme', () => {
    for (const bad of [
      '*',
      'https://*.portal.example',
      'portal.example',
      'https://portal.example/app',
      'https://user@portal.example',
      'https://PORTAL.example',
      'ftp://portal.example',
      'null',
    ]) {
      expect(problemsOf({ CORS_ORIGINS: bad }), bad).toEqual([
        expect.stringMatching(/^CORS_ORIGINS: expected comma-separated origins/),
      ]);
    }
  });

  it('refuse a headers timeout longer than the request timeout', () => {
    expect(
      problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '30000', HTTP_REQUEST_TIMEOUT_MS: '10000' }),
    ).toEqual([expect.stringMatching(/^HTTP_HEADERS_TIMEOUT_MS: must not exceed/)]);
  });
});
