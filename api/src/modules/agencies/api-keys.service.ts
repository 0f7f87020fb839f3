import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Actor } from '../../shared/actor.js';
import { Role } from '../../shared/actor.js';
import {
  type AssertCan,
  definePolicies,
  hasRole,
  type Policy,
} from '../../shared/authorization.js';
import { AppError, badInput } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from '../accounts/account.entity.js';
import { hashToken } from '../accounts/tokens.js';
import { recordAudit } from '../audit/audit.service.js';
import { ApiKey, ApiKeyScope } from './api-key.entity.js';

const policies = {
  /** People manage keys from a logged-in session; a key can never mint or revoke keys. */
  'apikey:manage': (actor, key: { accountId: string } | null) =>
    !actor.apiKeyId &&
    hasRole(actor, Role.AGENCY, Role.EMPLOYER) &&
    (key === null || key.accountId === actor.accountId),
} satisfies Record<string, Policy<never>>;
const assertCan: AssertCan<typeof policies> = definePolicies(policies);

export const API_KEY_PREFIX = 'gk_';
const MAX_DAYS = 366;

const createSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(ApiKeyScope)).min(1).max(2),
  expiresAt: z.date(),
});

export function isApiKeyToken(token: string | undefined): token is string {
  return Boolean(token?.startsWith(API_KEY_PREFIX));
}

/** Keys belong to an agency or employer account; their software acts with that account's rights. */
export class ApiKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  async create(input: unknown): Promise<{ key: ApiKey; token: string }> {
    assertCan(this.actor, 'apikey:manage', null);
    const data = parseInput(createSchema, input, 'input');
    const now = Date.now();
    if (data.expiresAt.getTime() <= now || data.expiresAt.getTime() > now + MAX_DAYS * 86_400_000) {
      throw badInput([
        { field: 'input.expiresAt', problem: 'OUT_OF_RANGE', params: { max: MAX_DAYS } },
      ]);
    }
    const prefix = randomBytes(6).toString('hex');
    const token = `${API_KEY_PREFIX}${prefix}_${randomBytes(32).toString('base64url')}`;
    const key = Object.assign(new ApiKey(), {
      account: this.em.getReference(Account, this.actor.accountId),
      name: data.name,
      prefix,
      tokenHash: hashToken(token),
      scopes: [...new Set(data.scopes)],
      expiresAt: data.expiresAt,
    });
    this.em.persist(key);
    recordAudit(this.em, {
      action: 'apikey.created',
      actor: this.actor,
      entityType: 'ApiKey',
      entityId: key.id,
      detail: { name: key.name, scopes: key.scopes },
    });
    await this.em.flush();
    return { key, token };
  }

  async revoke(id: string): Promise<ApiKey> {
    const key = z.uuid().safeParse(id).success ? await this.em.findOne(ApiKey, { id }) : null;
    if (!key) throw new AppError('NOT_FOUND', { entity: 'ApiKey' });
    assertCan(this.actor, 'apikey:manage', { accountId: key.account.id });
    key.revokedAt ??= new Date();
    recordAudit(this.em, {
      action: 'apikey.revoked',
      actor: this.actor,
      entityType: 'ApiKey',
      entityId: key.id,
    });
    await this.em.flush();
    return key;
  }

  async list(): Promise<ApiKey[]> {
    assertCan(this.actor, 'apikey:manage', null);
    return this.em.find(
      ApiKey,
      { account: this.actor.accountId },
      { orderBy: { createdAt: 'desc' } },
    );
  }
}

/**
 * The actor behind an API key, or why there is none. Unknown, revoked and expired keys are all
 * plain UNAUTHENTICATED: software must not learn which keys exist.
 */
export async function resolveApiKey(em: EntityManager, token: string): Promise<Actor> {
  const prefix = token.slice(API_KEY_PREFIX.length).split('_')[0] ?? '';
  const key = /^[0-9a-f]{12}$/.test(prefix)
    ? await em.findOne(ApiKey, { prefix }, { populate: ['account'] })
    : null;
  const hash = Buffer.from(hashToken(token));
  const ok =
    key !== null &&
    timingSafeEqual(hash, Buffer.from(key.tokenHash)) &&
    !key.revokedAt &&
    key.expiresAt > new Date() &&
    (key.account.role === Role.AGENCY || key.account.role === Role.EMPLOYER);
  if (!ok || !key) return { kind: 'anonymous' };
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
    await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: new Date() });
  }
  return {
    kind: 'account',
    accountId: key.account.id,
    role: key.account.role,
    applicantId: null,
    apiKeyId: key.id,
    scopes: key.scopes,
  };
}
