import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../shared/actor.js';
import type { Locale } from '../shared/request-context.js';
import { createCardholderLoaders } from '../modules/cardholders/cardholders.loaders.js';
import { createReferenceLoaders } from '../modules/reference/reference.loaders.js';

export function createLoaders(em: EntityManager) {
  return { ...createCardholderLoaders(em), ...createReferenceLoaders(em) };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** Everything a resolver may use; one per request, never shared between requests. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  actor: Actor;
  locale: Locale;
  requestId: string;
  ip: string | undefined;
}

export function createContext(input: {
  em: EntityManager;
  actor: Actor;
  locale: Locale;
  requestId: string;
  ip: string | undefined;
}): GraphQLContext {
  const em = input.em.fork();
  return { ...input, em, loaders: createLoaders(em) };
}
