import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parseCookie } from 'cookie';
import type { AuthSettings } from '../config.js';
import type { Actor } from '../shared/actor.js';
import { SESSION_COOKIE, SessionService } from '../modules/accounts/session.service.js';
import type { Session } from '../modules/accounts/session.entity.js';
import { isApiKeyToken, resolveApiKey } from '../modules/agencies/api-keys.service.js';

export interface Caller {
  actor: Actor;
  /** The session behind the actor, when the caller used one. */
  session: Session | null;
  /** Whether the credential came in `Authorization` (software) rather than the cookie. */
  viaHeader: boolean;
}

/**
 * Who is calling, for GraphQL and for the plain HTTP routes alike: `Authorization: Bearer <token>`
 * first (an API key or a session token: software), then the session cookie (browsers).
 */
export async function callerOf(
  em: EntityManager,
  req: Request,
  settings: AuthSettings,
): Promise<Caller> {
  const bearer = req.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const token = bearer ?? parseCookie(req.get('cookie') ?? '')[SESSION_COOKIE];
  if (isApiKeyToken(token)) {
    return { actor: await resolveApiKey(em, token), session: null, viaHeader: Boolean(bearer) };
  }
  const { actor, session } = await new SessionService(em, settings).resolve(token);
  return { actor, session, viaHeader: Boolean(bearer) };
}
