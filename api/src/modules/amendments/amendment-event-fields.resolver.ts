import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { AmendmentEventView } from './amendments.types.js';

@Resolver(() => AmendmentEventView)
export class AmendmentEventFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Who did it: the display name of their account (the filer’s, an officer’s); null for automatic steps',
  })
  async actorName(
    @Root() e: AmendmentEventView,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    if (!e.actorAccountId) return null;
    // One statement for the whole timeline (and for every case of a list): a batch loader.
    return (await ctx.loaders.accountById.load(e.actorAccountId))?.displayName ?? null;
  }
}
