import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../shared/actor.js';
import { WebhookDeliveryStatus } from './webhook-event-type.js';
import { CreateWebhookSubscriptionInput } from './webhooks.inputs.js';
import { WebhookService, webhookSettingsOf } from './webhooks.service.js';
import {
  deliveryView,
  subscriptionView,
  WebhookDeliveryPage,
  WebhookDeliveryView,
  WebhookSubscriptionCreated,
  WebhookSubscriptionView,
} from './webhooks.types.js';

/** Employers' and agencies' webhooks: thin; the service checks ownership and validates. */
@Authorized(Role.EMPLOYER, Role.AGENCY)
@Resolver()
export class WebhooksResolver {
  @Mutation(() => WebhookSubscriptionCreated, {
    description:
      'Subscribes to events about the amendments this account files; answers the signing secret once',
  })
  async createWebhookSubscription(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateWebhookSubscriptionInput, { description: 'Where and what' })
    input: CreateWebhookSubscriptionInput,
  ): Promise<WebhookSubscriptionCreated> {
    const { subscription, secret } = await this.service(ctx).create({ ...input });
    return { subscription: subscriptionView(subscription), secret };
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a subscription: nothing more is sent, pending deliveries fail; false if already deleted',
  })
  deleteWebhookSubscription(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The subscription' }) id: string,
  ): Promise<boolean> {
    return this.service(ctx).delete({ id });
  }

  @Query(() => [WebhookSubscriptionView], {
    description: 'This account’s active webhook subscriptions',
  })
  async webhookSubscriptions(@Ctx() ctx: GraphQLContext): Promise<WebhookSubscriptionView[]> {
    return (await this.service(ctx).list()).map(subscriptionView);
  }

  @Query(() => WebhookDeliveryPage, {
    description: 'This account’s webhook deliveries, newest first',
  })
  async webhookDeliveries(
    @Ctx() ctx: GraphQLContext,
    @Arg('subscriptionId', () => ID, { nullable: true, description: 'Only this subscription' })
    subscriptionId?: string | null,
    @Arg('status', () => WebhookDeliveryStatus, {
      nullable: true,
      description: 'Only deliveries in this status',
    })
    status?: WebhookDeliveryStatus | null,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page?: number,
    @Arg('perPage', () => Int, { defaultValue: 25, description: 'Rows per page, 1–100' })
    perPage?: number,
  ): Promise<WebhookDeliveryPage> {
    const { items, total } = await this.service(ctx).deliveries({
      subscriptionId,
      status,
      page,
      perPage,
    });
    return { items: items.map(deliveryView), total };
  }

  @Mutation(() => WebhookDeliveryView, {
    description:
      'Sends a delivered or failed delivery again, with the same event id (a pending one is left as is)',
  })
  async redeliverWebhook(
    @Ctx() ctx: GraphQLContext,
    @Arg('deliveryId', () => ID, { description: 'The delivery' }) deliveryId: string,
  ): Promise<WebhookDeliveryView> {
    return deliveryView(await this.service(ctx).redeliver({ id: deliveryId }));
  }

  private service(ctx: GraphQLContext) {
    return new WebhookService(ctx.em, ctx.actor, webhookSettingsOf(ctx.services.config));
  }
}
