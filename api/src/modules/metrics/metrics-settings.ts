import { z } from 'zod';

/**
 * Where Prometheus reads `/metrics` (docs/operations.md, "Metrics"). Merged into config.ts's one
 * environment schema (`...METRICS_ENV`) so that every problem is reported at once.
 *
 * Two ways, usable together: a listener of its own (`METRICS_PORT`, on `METRICS_HOST`, loopback
 * by default), which the public never reaches because the proxy forwards only the main port; and
 * `/metrics` on the main port behind a bearer token (`METRICS_TOKEN`), for platforms that expose
 * one port only. Without a token the main port answers `/metrics` with 404.
 */
export interface MetricsSettings {
  /** The metrics listener's port; undefined: no listener. */
  port: number | undefined;
  host: string;
  /** When set, every `/metrics` (both listeners) requires `Authorization: Bearer <token>`. */
  token: string | undefined;
}

const TOKEN = /^[A-Za-z0-9._~+/=-]{32,256}$/;

export const METRICS_ENV = {
  METRICS_PORT: z.coerce
    .number({ error: 'expected an integer between 1 and 65535' })
    .int({ error: 'expected an integer between 1 and 65535' })
    .min(1, { error: 'expected an integer between 1 and 65535' })
    .max(65535, { error: 'expected an integer between 1 and 65535' })
    .optional(),
  METRICS_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]{1,253}$/, {
      error: 'expected a host name or IP address such as 127.0.0.1 or 0.0.0.0',
    })
    .default('127.0.0.1'),
  METRICS_TOKEN: z
    .string()
    .regex(TOKEN, {
      error: 'expected 32 to 256 letters, digits or ._~+/=- (openssl rand -base64 32)',
    })
    .optional(),
};

type MetricsEnv = z.output<z.ZodObject<typeof METRICS_ENV>> & { PORT: number };

export function metricsProblems(e: MetricsEnv): string[] {
  return e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT
    ? [`METRICS_PORT: must differ from PORT (the public port) (got ${e.METRICS_PORT})`]
    : [];
}

export function metricsSettings(e: MetricsEnv): MetricsSettings {
  return { port: e.METRICS_PORT, host: e.METRICS_HOST, token: e.METRICS_TOKEN };
}
