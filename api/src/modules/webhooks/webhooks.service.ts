import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import type { Account } from '../accounts/account.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { WebhookDeliveryStatus } from './webhook-event-type.js';
import { generateWebhookSecret, sealWebhookSecret } from './webhook-secret.js';
import { defaultWebhookSettings, type WebhookSettings } from './webhook-settings.js';
import {
  checkWebhookTarget,
  type LookupAll,
  systemLookup,
  WebhookTargetError,
} from './webhook-target.js';
import { WebhookDelivery, WebhookSubscription } from './webhook.entity.js';
import { problemForRefusal, WEBHOOK_SUBSCRIPTION_LIMIT } from './webhooks.errors.js';
import { createSubscriptionSchema, deliveriesSchema, idSchema } from './webhooks.inputs.js';
import { assertCan } from './webhooks.policy.js';

/** Active subscriptions one account may have. */
export const MAX_SUBSCRIPTIONS_PER_ACCOUNT = 10;

/** config.webhooks, or the defaults for NODE_ENV where a config without it is given. */
export function webhookSettingsOf(config: {
  nodeEnv: 'development' | 'test' | 'production';
  webhooks?: WebhookSettings;
}): WebhookSettings {
  return config.webhooks ?? defaultWebhookSettings(config.nodeEnv);
}

/**
 * Employers' and agencies' webhook subscriptions and their deliveries. Each method asserts the
 * permission, validates, writes in one transaction and records an audit event, in that order.
 */
export class WebhookService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly settings: WebhookSettings,
    private readonly lookup: LookupAll = systemLookup,
  ) {}

  /** Creates a subscription; the secret is returned this once (and stored for signing). */
  async create(input: unknown): Promise<{ subscription: WebhookSubscription; secret: string }> {
    assertCan(this.actor, 'webhook:own', null);
    const actor = this.actor;
    const data = parseInput(createSubscriptionSchema, input, 'input');
    let url: URL;
    try {
      url = await checkWebhookTarget(data.url, this.settings, this.lookup);
    } catch (error) {
      if (!(error instanceof WebhookTargetError)) throw error;
      throw badInput([
        {
          field: 'input.url',
          problem: problemForRefusal(error.reason),
          params: { reason: error.reason },
        },
      ]);
    }
    return this.em.transactional(async (em) => {
      const active = await em.count(WebhookSubscription, {
        account: actor.accountId,
        active: true,
      });
      if (active >= MAX_SUBSCRIPTIONS_PER_ACCOUNT) {
        throw new AppError(WEBHOOK_SUBSCRIPTION_LIMIT, { max: MAX_SUBSCRIPTIONS_PER_ACCOUNT });
      }
      const secret = generateWebhookSecret();
      const subscription = new WebhookSubscription();
      subscription.account = em.getReference<Account>('Account', actor.accountId);
      subscription.url = url.href;
      subscription.events = data.events;
      subscription.secret = sealWebhookSecret(secret, subscription.id, this.settings.secretKey);
      em.persist(subscription);
      recordAudit(em, {
        action: 'webhook.subscription.created',
        actor,
        entityType: 'WebhookSubscription',
        entityId: subscription.id,
        // The origin only: a path or query may carry the receiver's own tokens.
        detail: { origin: url.origin, events: data.events },
      });
      return { subscription, secret };
    });
  }

  /**
   * Deletes (disables) a subscription: it receives nothing more, its pending deliveries are
   * FAILED, its history stays. False when it was deleted already.
   */
  async delete(input: { id: string }): Promise<boolean> {
    assertCan(this.actor, 'webhook:own', null);
    const actor = this.actor;
    const { id } = parseInput(idSchema, input, '');
    return this.em.transactional(async (em) => {
      const subscription = await em.findOne(WebhookSubscription, { id });
      if (!subscription) throw new AppError('NOT_FOUND', { entity: 'WebhookSubscription' });
      assertCan(actor, 'webhook:manage', { accountId: subscription.account.id });
      if (!subscription.active) return false;
      subscription.active = false;
      subscription.disabledAt = new Date();
      await em.nativeUpdate(
        WebhookDelivery,
        { subscription: subscription.id, status: WebhookDeliveryStatus.PENDING },
        { status: WebhookDeliveryStatus.FAILED, lastError: 'subscription deleted' },
      );
      recordAudit(em, {
        action: 'webhook.subscription.deleted',
        actor,
        entityType: 'WebhookSubscription',
        entityId: subscription.id,
        changes: { active: { before: true, after: false } },
      });
      return true;
    });
  }

  /** The caller's active subscriptions, oldest first. */
  async list(): Promise<WebhookSubscription[]> {
    assertCan(this.actor, 'webhook:own', null);
    return this.em.find(
      WebhookSubscription,
      { account: this.actor.accountId, active: true },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
  }

  /** The caller's deliveries (of one subscription, in one status), newest first. */
  async deliveries(input: {
    subscriptionId?: string | null;
    status?: WebhookDeliveryStatus | null;
    page?: number;
    perPage?: number;
  }): Promise<{ items: WebhookDelivery[]; total: number }> {
    assertCan(this.actor, 'webhook:own', null);
    const actor = this.actor;
    const data = parseInput(deliveriesSchema, input, '');
    const where: FilterQuery<WebhookDelivery> = { subscription: { account: actor.accountId } };
    if (data.subscriptionId) {
      const subscription = await this.em.findOne(WebhookSubscription, {
        id: data.subscriptionId,
      });
      if (!subscription) throw new AppError('NOT_FOUND', { entity: 'WebhookSubscription' });
      assertCan(actor, 'webhook:read', { accountId: subscription.account.id });
      where.subscription = subscription.id;
    }
    if (data.status) where.status = data.status;
    const [items, total] = await this.em.findAndCount(WebhookDelivery, where, {
      orderBy: { createdAt: 'desc', sequence: 'desc', id: 'asc' },
      limit: data.perPage,
      offset: (data.page - 1) * data.perPage,
    });
    return { items, total };
  }

  /**
   * Sends a delivered or failed delivery again: the same event id and body, a fresh budget of
   * attempts. A pending delivery is left as it is.
   */
  async redeliver(input: { id: string }): Promise<WebhookDelivery> {
    assertCan(this.actor, 'webhook:own', null);
    const actor = this.actor;
    const { id } = parseInput(idSchema, input, '');
    return this.em.transactional(async (em) => {
      const delivery = await em.findOne(WebhookDelivery, { id }, { populate: ['subscription'] });
      if (!delivery) throw new AppError('NOT_FOUND', { entity: 'WebhookDelivery' });
      const subscription = delivery.subscription;
      assertCan(actor, 'webhook:manage', { accountId: subscription.account.id });
      if (!subscription.active) throw new AppError('NOT_FOUND', { entity: 'WebhookSubscription' });
      if (delivery.status === WebhookDeliveryStatus.PENDING) return delivery;
      const before = delivery.status;
      delivery.status = WebhookDeliveryStatus.PENDING;
      delivery.attempts = 0;
      delivery.nextAttemptAt = new Date();
      delivery.deliveredAt = null;
      recordAudit(em, {
        action: 'webhook.delivery.redelivered',
        actor,
        entityType: 'WebhookDelivery',
        entityId: delivery.id,
        changes: { status: { before, after: WebhookDeliveryStatus.PENDING } },
        detail: { subscriptionId: subscription.id, eventId: delivery.event.id },
      });
      return delivery;
    });
  }
}
