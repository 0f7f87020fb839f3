import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { AppError } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { parseInput } from '../../shared/validation.js';
import { Notification } from './notification.entity.js';

@ObjectType('Notification', {
  description:
    'An in-app notice about one of the caller’s cases. Its title and body follow the caller’s language; notices made before both languages were kept answer in the one they were made in',
})
class NotificationView {
  @Field(() => ID, { description: 'Identifier' })
  id!: string;

  @Field({ description: 'What happened, e.g. AMENDMENT_APPROVED' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The case it is about' })
  amendmentId!: string | null;

  @Field({
    description: 'Short title (the application number and its status), in the caller’s language',
  })
  title!: string;

  @Field({ description: 'What happened and what to do next, in the caller’s language' })
  body!: string;

  @Field(() => DateTimeScalar, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was read' })
  readAt!: Date | null;
}

@ObjectType({ description: 'One page of notices, newest first, with the unread count (the bell)' })
class NotificationPage {
  @Field(() => [NotificationView], { description: 'Notices on this page' })
  items!: NotificationView[];

  @Field(() => Int, { description: 'Notices matching' })
  total!: number;

  @Field(() => Int, { description: 'Unread notices in all' })
  unread!: number;
}

const view = (n: Notification, locale: Locale): NotificationView => ({
  id: n.id,
  kind: n.kind,
  amendmentId: n.amendmentId ?? null,
  ...n.textIn(locale),
  createdAt: n.createdAt,
  readAt: n.readAt ?? null,
});
const pageSchema = z.object({
  page: z.number().int().min(1).max(10_000),
  perPage: z.number().int().min(1).max(100),
});

@Authorized()
@Resolver()
export class NotificationsResolver {
  private accountOf(ctx: GraphQLContext): string {
    if (ctx.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    return ctx.actor.accountId;
  }

  @Query(() => NotificationPage, { description: 'The caller’s notices (the bell)' })
  async notifications(
    @Ctx() ctx: GraphQLContext,
    @Arg('unreadOnly', { defaultValue: false, description: 'Only unread ones' })
    unreadOnly: boolean,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page: number,
    @Arg('perPage', () => Int, { defaultValue: 20, description: 'Rows per page, 1–100' })
    perPage: number,
  ): Promise<NotificationPage> {
    const account = this.accountOf(ctx);
    const input = parseInput(pageSchema, { page, perPage }, '');
    const where = { account, ...(unreadOnly ? { readAt: null } : {}) };
    const [rows, total] = await ctx.em.findAndCount(Notification, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: input.perPage,
      offset: (input.page - 1) * input.perPage,
    });
    const unread = await ctx.em.count(Notification, { account, readAt: null });
    return { items: rows.map((n) => view(n, ctx.locale)), total, unread };
  }

  @Mutation(() => NotificationView, { description: 'Marks one of the caller’s notices as read' })
  async markNotificationRead(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The notice' }) id: string,
  ): Promise<NotificationView> {
    const account = this.accountOf(ctx);
    const notice = z.uuid().safeParse(id).success
      ? await ctx.em.findOne(Notification, { id, account })
      : null;
    if (!notice) throw new AppError('NOT_FOUND', { entity: 'Notification' });
    notice.readAt ??= new Date();
    await ctx.em.flush();
    return view(notice, ctx.locale);
  }

  @Mutation(() => Int, {
    description: 'Marks all the caller’s notices as read; returns how many changed',
  })
  markAllNotificationsRead(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.em.nativeUpdate(
      Notification,
      { account: this.accountOf(ctx), readAt: null },
      { readAt: new Date() },
    );
  }
}
