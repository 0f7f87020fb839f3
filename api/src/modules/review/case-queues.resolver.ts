import { Ctx, Field, Int, ObjectType, Query, Resolver, Authorized } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { STAFF_ROLES } from '../../shared/actor.js';
import { CaseQueue } from './case-queues.js';
import { ReviewQueueService } from './review-queue.service.js';

@ObjectType({ description: 'A work queue and how many cases are in it' })
export class CaseQueueCount {
  @Field(() => CaseQueue, { description: 'The queue (pass it as `AmendmentFilter.queue`)' })
  queue!: CaseQueue;

  @Field({ description: 'The queue’s name in the reader’s language, e.g. 待製卡' })
  label!: string;

  @Field(() => Int, {
    description: 'Cases in the queue, counted up to 10,000 (see `countExact`)',
  })
  count!: number;

  @Field({ description: 'False when more than 10,000 cases are in it and `count` is that limit' })
  countExact!: boolean;
}

/** The officers' work queues with live counts (the list's `queue` filter shows each). */
@Authorized(...STAFF_ROLES)
@Resolver()
export class CaseQueuesResolver {
  @Query(() => [CaseQueueCount], {
    description: 'Officers: every work queue with its count, in one statement',
  })
  caseQueues(@Ctx() ctx: GraphQLContext): Promise<CaseQueueCount[]> {
    return new ReviewQueueService(ctx.em, ctx.actor, ctx.services.config).queueCounts(ctx.locale);
  }
}
