import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import type { Actor } from '../shared/actor.js';
import type { Locale } from '../shared/request-context.js';
import type { RateLimits } from '../modules/accounts/rate-limits.js';
import type { Session } from '../modules/accounts/session.entity.js';
import type { DocumentStore } from '../modules/documents/document-store.js';
import type { UploadPolicyOverrides } from '../modules/documents/upload-policy.js';
import type { AppMetrics } from '../modules/metrics/metrics.js';
import { createCardholderLoaders } from '../modules/cardholders/cardholders.loaders.js';
import { createReferenceLoaders } from '../modules/reference/reference.loaders.js';
import { createAmendmentLoaders } from '../modules/amendments/amendments.loaders.js';
import { createStaffLoaders } from '../modules/accounts/staff.loaders.js';

export function createLoaders(em: EntityManager) {
  return {
    ...createCardholderLoaders(em),
    ...createReferenceLoaders(em),
    ...createAmendmentLoaders(em),
    ...createStaffLoaders(em),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** Long-lived collaborators built once per process and shared by every request. */
export interface AppServices {
  config: Config;
  limits: RateLimits;
  /** Asks the mail dispatcher to look at the outbox now (after a commit that queued mail). */
  kickMail(): void;
  /** Where uploaded documents' bytes live. */
  documents: DocumentStore;
  /** Upload limits per document type (configuration over the built-in defaults). */
  uploadLimits: UploadPolicyOverrides;
  /** In-memory counters (modules/metrics/metrics.ts): uploads record their bytes here. */
  metrics: Pick<AppMetrics, 'recordUpload'>;
}

/** What the HTTP layer lets a resolver do to the response (absent in executeOperation tests). */
export interface HttpHooks {
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** Everything a resolver may use; one per request, never shared between requests. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  actor: Actor;
  /** The session behind the actor, when the caller used one. */
  session: Session | null;
  locale: Locale;
  requestId: string;
  ip: string | undefined;
  userAgent: string | undefined;
  services: AppServices;
  http: HttpHooks | undefined;
}

export function createContext(input: Omit<GraphQLContext, 'loaders'>): GraphQLContext {
  return { ...input, loaders: createLoaders(input.em) };
}
