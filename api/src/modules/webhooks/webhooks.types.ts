import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-event-type.js';
import type { WebhookDelivery, WebhookSubscription } from './webhook.entity.js';

@ObjectType('WebhookSubscription', {
  description:
    'Where an employer’s or agency’s software receives events about the amendments that account filed',
})
export class WebhookSubscriptionView {
  @Field(() => ID, { description: 'Stable identifier' })
  id!: string;

  @Field({ description: 'Where the events are POSTed' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events it receives' })
  events!: WebhookEventType[];

  @Field({ description: 'False once deleted' })
  active!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was deleted' })
  disabledAt!: Date | null;
}

@ObjectType({
  description: 'A new subscription with its signing secret: the only time the secret is shown',
})
export class WebhookSubscriptionCreated {
  @Field(() => WebhookSubscriptionView, { description: 'The subscription' })
  subscription!: WebhookSubscriptionView;

  @Field({
    description:
      'The signing secret (HMAC-SHA256 key of Goldcard-Signature). Store it now: it is never shown again',
  })
  secret!: string;
}

@ObjectType('WebhookDelivery', {
  description: 'One event sent (or to be sent) to one subscription, with its attempts',
})
export class WebhookDeliveryView {
  @Field(() => ID, { description: 'Stable identifier' })
  id!: string;

  @Field(() => ID, { description: 'The subscription it goes to' })
  subscriptionId!: string;

  @Field(() => ID, {
    description: 'The event id (Goldcard-Event-Id): the same on every attempt; deduplicate on it',
  })
  eventId!: string;

  @Field(() => WebhookEventType, { description: 'What happened' })
  eventType!: WebhookEventType;

  @Field(() => ID, { description: 'The amendment it concerns' })
  amendmentId!: string;

  @Field({
    description: 'Orders the events of one amendment (decimal; a larger number happened later)',
  })
  sequence!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far' })
  attempts!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the next attempt is due (pending deliveries only)',
  })
  nextAttemptAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last attempted' })
  lastAttemptAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status of the last attempt (null: no answer)',
  })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, briefly' })
  lastError!: string | null;

  @Field({ description: 'The JSON body sent' })
  payload!: string;

  @Field(() => DateTimeScalar, { description: 'When the event was queued for this subscription' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the receiver accepted it' })
  deliveredAt!: Date | null;
}

@ObjectType({ description: 'One page of webhook deliveries, newest first' })
export class WebhookDeliveryPage {
  @Field(() => [WebhookDeliveryView], { description: 'The deliveries on this page' })
  items!: WebhookDeliveryView[];

  @Field(() => Int, { description: 'Deliveries matching the filter' })
  total!: number;
}

export function subscriptionView(s: WebhookSubscription): WebhookSubscriptionView {
  return {
    id: s.id,
    url: s.url,
    events: [...s.events],
    active: s.active,
    createdAt: s.createdAt,
    disabledAt: s.disabledAt ?? null,
  };
}

export function deliveryView(d: WebhookDelivery): WebhookDeliveryView {
  return {
    id: d.id,
    subscriptionId: d.subscription.id,
    eventId: d.event.id,
    eventType: d.eventType,
    amendmentId: d.amendmentId,
    sequence: String(d.sequence),
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === WebhookDeliveryStatus.PENDING ? d.nextAttemptAt : null,
    lastAttemptAt: d.lastAttemptAt ?? null,
    lastStatusCode: d.lastStatusCode ?? null,
    lastError: d.lastError ?? null,
    payload: JSON.stringify(d.payload),
    createdAt: d.createdAt,
    deliveredAt: d.deliveredAt ?? null,
  };
}
