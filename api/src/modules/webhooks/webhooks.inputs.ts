import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook-event-type.js';

@InputType({ description: 'A new webhook subscription: where to send which events' })
export class CreateWebhookSubscriptionInput {
  @Field({
    description:
      'Where to POST the events: an http(s) URL on the public internet (https in production), without user name or password',
  })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'The events to receive (at least one)' })
  events!: WebhookEventType[];
}

export const createSubscriptionSchema = z.object({
  url: z.string().trim().min(1).max(2000),
  events: z
    .array(z.enum(WebhookEventType))
    .min(1)
    .max(20)
    .transform((events) => [...new Set(events)]),
});

export const idSchema = z.object({ id: z.uuid() });

export const deliveriesSchema = z.object({
  subscriptionId: z.uuid().nullish(),
  status: z.enum(WebhookDeliveryStatus).nullish(),
  page: z.number().int().min(1).max(100_000),
  perPage: z.number().int().min(1).max(100),
});
