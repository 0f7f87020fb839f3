import { randomUUID } from 'node:crypto';
import {
  AfterCreate,
  BigIntType,
  Entity,
  Enum,
  type EventArgs,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Account } from '../accounts/account.entity.js';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-event-type.js';

/** The body of every webhook: ids, the application number and the status; no personal data. */
export interface WebhookPayload {
  /** The event id: the receiver's deduplication key, the same on every retry. */
  id: string;
  type: WebhookEventType;
  /** ISO 8601, UTC. */
  occurredAt: string;
  amendment: { id: string; applicationNumber: string | null; status: string };
  /** Event-specific details (e.g. the amount of FEE_PAID), never personal data. */
  data?: Record<string, unknown>;
}

/**
 * Where an employer's or agency's software wants to hear about the amendments that account
 * filed. The signing secret is shown once, at creation; it is kept so the server can sign
 * (encrypted with WEBHOOK_SECRET_KEY when that is set, as issued otherwise). Deleting a
 * subscription only disables it, so its delivery history stays readable.
 */
@Entity({ tableName: 'webhook_subscription' })
@Index({ properties: ['account', 'createdAt'] })
export class WebhookSubscription {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The employer or agency account that owns it (and whose filings it reports). */
  @ManyToOne('Account', { deleteRule: 'cascade' })
  account!: Account;

  @Property({ length: 2000 })
  url!: string;

  /** `enc1.<iv>.<ciphertext>` (AES-256-GCM) or the secret as issued. Never log or expose it. */
  @Property({ length: 200, hidden: true })
  secret!: string;

  @Enum({ items: () => WebhookEventType, array: true })
  events: WebhookEventType[] = [];

  @Property()
  active: boolean = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;
}

/**
 * Creates one delivery per active subscription of the event's account that asked for its type,
 * in the statement's transaction; an event nobody subscribed to is not kept. One number from
 * `webhook_event_sequence` per event orders the events of an amendment (the dispatcher sends
 * them in that order, per subscription).
 */
const FAN_OUT = `
  with n as (select nextval('webhook_event_sequence') as value),
  created as (
    insert into "webhook_delivery"
      ("id", "subscription_id", "event_id", "amendment_id", "event_type", "payload", "sequence",
       "status", "attempts", "next_attempt_at", "created_at")
    select gen_random_uuid(), s."id", e."id", e."amendment_id", e."type", e."payload", n.value,
           'PENDING', 0, now(), now()
      from "webhook_event" e
      cross join n
      join "webhook_subscription" s
        on s."account_id" = e."account_id" and s."active" and e."type"::text = any(s."events")
     where e."id" = ?
    returning 1)
  delete from "webhook_event" where "id" = ? and not exists (select 1 from created)`;

/**
 * One thing that happened to an amendment, for the filer's subscriptions: the transactional
 * outbox record. `emitAmendmentWebhooks` adds it to the caller's unit of work without a query;
 * when that unit of work is flushed, the insert of this row fans out into one `WebhookDelivery`
 * per matching subscription (the hook below), in the same transaction. Kept only while some
 * delivery refers to it.
 */
@Entity({ tableName: 'webhook_event' })
@Index({ properties: ['amendmentId', 'occurredAt'] })
export class WebhookEvent {
  /** Sent as `Goldcard-Event-Id` and as the body's `id`. */
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => WebhookEventType, nativeEnumName: 'webhook_event_type' })
  type!: WebhookEventType;

  @Property({ type: 'uuid' })
  amendmentId!: string;

  /** Whose subscriptions hear of it: the account that filed the amendment. */
  @ManyToOne('Account', { deleteRule: 'cascade', index: true })
  account!: Account;

  @Property({ type: 'json' })
  payload!: WebhookPayload;

  @Property({ type: 'datetime' })
  occurredAt: Date = new Date();

  @AfterCreate()
  async fanOut(args: EventArgs<WebhookEvent>): Promise<void> {
    await args.em
      .getConnection()
      .execute(FAN_OUT, [this.id, this.id], 'run', args.em.getTransactionContext());
  }
}

/**
 * One event for one subscription. `event` (column `event_id`) is the receiver's deduplication
 * id; `sequence` orders an amendment's events. The dispatcher only takes the oldest pending
 * delivery of each (subscription, amendment), so a receiver sees an amendment's events in order.
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['subscription', 'event'] })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['subscription', 'amendmentId', 'sequence'] })
@Index({ properties: ['subscription', 'createdAt'] })
export class WebhookDelivery {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => WebhookSubscription, { deleteRule: 'cascade' })
  subscription!: WebhookSubscription;

  @ManyToOne(() => WebhookEvent, { deleteRule: 'cascade' })
  event!: WebhookEvent;

  @Property({ type: 'uuid' })
  amendmentId!: string;

  @Enum({ items: () => WebhookEventType, nativeEnumName: 'webhook_event_type' })
  eventType!: WebhookEventType;

  /** Exactly what is sent (as JSON), the same on every attempt. */
  @Property({ type: 'json' })
  payload!: WebhookPayload;

  @Property({ type: new BigIntType('number') })
  sequence!: number;

  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  /** Attempts started so far (counted when a dispatcher claims the delivery). */
  @Property({ type: 'integer' })
  attempts: number = 0;

  /** When it is due (again); while a dispatcher holds it, the end of that dispatcher's lease. */
  @Property({ type: 'datetime' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date | null;

  /** The receiver's HTTP status on the last attempt (null: no answer). */
  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  /** Why the last attempt failed, in a few words; never the secret or the receiver's body. */
  @Property({ length: 300, nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}

export const WEBHOOK_ENTITIES = [WebhookSubscription, WebhookEvent, WebhookDelivery] as const;
