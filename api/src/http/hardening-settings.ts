import { z } from 'zod';

/**
 * GraphQL limits, HTTP server timeouts and the CORS allow-list (docs/security.md, "Limits and
 * headers"). The variables are merged into config.ts's one environment schema
 * (`...HARDENING_ENV`), so every problem is still reported at once; `hardeningSettings(e)` turns
 * them into `Config.graphqlLimits` and `Config.http`.
 */

/** What one GraphQL document may ask for; beyond, it is refused before anything runs. */
export interface GraphQLLimits {
  /** Deepest nesting of fields (root fields are depth 1; fragments count as written out). */
  maxDepth: number;
  /** graphql-armor's cost: objects 2, scalars 1, times 1.5 per level of nesting. */
  maxCost: number;
  /** Aliased fields (`__typename` aliases are free). */
  maxAliases: number;
  /** Lexical tokens in the document (bounds parsing and validation work). */
  maxTokens: number;
  /** Directives (`@include`, `@skip`, …) in an operation. */
  maxDirectives: number;
}

export interface HttpSettings {
  /** Time allowed to receive a request's headers (slow-header attacks). */
  headersTimeoutMs: number;
  /** Time allowed to receive a whole request, body included (uploads). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Origins other than the service's own allowed to call it from a browser (exact matches). */
  corsOrigins: string[];
}

const whole = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int({ error: `expected a whole number from ${min} to ${max}` })
    .min(min, { error: `expected a whole number from ${min} to ${max}` })
    .max(max, { error: `expected a whole number from ${min} to ${max}` })
    .default(fallback);

/** `https://portal.example` or `http://localhost:5173`: scheme, host and port, nothing more. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      url.origin === value &&
      !value.includes('*')
    );
  } catch {
    return false;
  }
}

const ORIGINS_EXPECTED =
  'expected comma-separated origins such as https://portal.example,https://agency.example ' +
  '(scheme, lower-case host and port only: no path, no trailing slash, no *)';

const origins = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every(isOrigin), { error: ORIGINS_EXPECTED });

/** The environment variables, to spread into config.ts's `envSchema`. */
export const HARDENING_ENV = {
  GRAPHQL_MAX_DEPTH: whole(2, 100, 10),
  GRAPHQL_MAX_COST: whole(10, 1_000_000, 5_000),
  GRAPHQL_MAX_ALIASES: whole(0, 1_000, 15),
  GRAPHQL_MAX_TOKENS: whole(100, 1_000_000, 2_000),
  GRAPHQL_MAX_DIRECTIVES: whole(0, 1_000, 20),
  HTTP_HEADERS_TIMEOUT_MS: whole(1_000, 600_000, 20_000),
  HTTP_REQUEST_TIMEOUT_MS: whole(1_000, 3_600_000, 120_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: whole(1_000, 600_000, 65_000),
  CORS_ORIGINS: origins.default([]),
};

type HardeningEnv = z.output<z.ZodObject<typeof HARDENING_ENV>>;

/** Problems no single variable shows (one line each, like the schema's). */
export function hardeningProblems(e: HardeningEnv): string[] {
  return e.HTTP_HEADERS_TIMEOUT_MS > e.HTTP_REQUEST_TIMEOUT_MS
    ? [
        `HTTP_HEADERS_TIMEOUT_MS: must not exceed HTTP_REQUEST_TIMEOUT_MS (${e.HTTP_REQUEST_TIMEOUT_MS}) (got ${e.HTTP_HEADERS_TIMEOUT_MS})`,
      ]
    : [];
}

export function hardeningSettings(e: HardeningEnv): {
  graphqlLimits: GraphQLLimits;
  http: HttpSettings;
} {
  return {
    graphqlLimits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
    },
    http: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      corsOrigins: [...new Set(e.CORS_ORIGINS)],
    },
  };
}
