import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role, STAFF_ROLES } from '../../shared/actor.js';
import { parseInput } from '../../shared/validation.js';
import { Account } from './account.entity.js';
import { AccountView } from './accounts.types.js';
import { toAccountView } from './accounts.resolver.js';
import { changeStaffAccount, type StaffChange } from './staff.service.js';

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

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AccountView, {
    description:
      'Supervisors: disables an officer or supervisor account. Its sessions end at once and its login is refused (ACCOUNT_DISABLED). Not one’s own account, nor the last active supervisor',
  })
  disableStaffAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The staff account' }) id: string,
  ): Promise<AccountView> {
    return this.change(ctx, id, { kind: 'disable' });
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AccountView, {
    description: 'Supervisors: lets a disabled staff account log in again',
  })
  enableStaffAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The staff account' }) id: string,
  ): Promise<AccountView> {
    return this.change(ctx, id, { kind: 'enable' });
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AccountView, {
    description:
      'Supervisors: unlocks a staff account locked after wrong passwords (its password stays)',
  })
  unlockStaffAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The staff account' }) id: string,
  ): Promise<AccountView> {
    return this.change(ctx, id, { kind: 'unlock' });
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AccountView, {
    description:
      'Supervisors: makes a staff account an OFFICER or a SUPERVISOR, from its next request. Not one’s own account, nor the last active supervisor',
  })
  changeStaffRole(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The staff account' }) id: string,
    @Arg('role', () => Role, { description: 'OFFICER or SUPERVISOR' }) role: Role,
  ): Promise<AccountView> {
    return this.change(ctx, id, { kind: 'role', role });
  }

  private async change(ctx: GraphQLContext, id: string, change: StaffChange) {
    const account = await changeStaffAccount(
      ctx.em,
      ctx.services.config.auth,
      ctx.actor,
      { id },
      change,
    );
    return toAccountView(account, ctx.services.config.auth);
  }
}

@Resolver(() => AccountView)
export class StaffAccountFieldsResolver {
  @FieldResolver(() => Int, {
    description:
      'Cases assigned to this account and not decided yet (UNDER_REVIEW, SUPPLEMENT_REQUESTED): an officer’s workload',
  })
  openCases(@Root() account: AccountView, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.openCasesByOfficer.load(account.id);
  }
}
