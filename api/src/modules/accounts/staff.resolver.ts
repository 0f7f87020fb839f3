import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role, STAFF_ROLES } from '../../shared/actor.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from './account.entity.js';
import { AccountView } from './accounts.types.js';
import { toAccountView } from './accounts.resolver.js';

@ObjectType({ description: 'One page of accounts' })
class AccountPage {
  @Field(() => [AccountView], { description: 'The accounts on this page' })
  items!: AccountView[];

  @Field(() => Int, { description: 'Accounts matching' })
  total!: number;
}

const pageSchema = z.object({
  page: z.number().int().min(1).max(10_000),
  perPage: z.number().int().min(1).max(100),
});

@Resolver()
export class StaffResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => AccountPage, {
    description: 'Supervisors: officer and supervisor accounts, by name',
  })
  async staffAccounts(
    @Ctx() ctx: GraphQLContext,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page?: number,
    @Arg('perPage', () => Int, { defaultValue: 25, description: 'Rows per page, 1–100' })
    perPage?: number,
  ): Promise<AccountPage> {
    const input = parseInput(pageSchema, { page, perPage }, '');
    const [rows, total] = await ctx.em.findAndCount(
      Account,
      { role: { $in: [...STAFF_ROLES] } },
      {
        orderBy: { accountName: 'asc' },
        limit: input.perPage,
        offset: (input.page - 1) * input.perPage,
      },
    );
    return { items: rows.map((r) => toAccountView(r, ctx.services.config.auth)), total };
  }
}
