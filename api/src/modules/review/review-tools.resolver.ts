import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { STAFF_ROLES } from '../../shared/actor.js';
import { DecisionReasonKind, decisionReasonsOf, inLocale } from './decision-reasons.js';
import { type BulkAction, ReviewBulkService } from './review-bulk.service.js';
import { ReviewExportService } from './review-export.service.js';
import { AmendmentFilter, AmendmentSort } from './review.inputs.js';
import { BulkOutcome, CaseExport, DecisionReason } from './review-tools.types.js';

/** The officers' casework tools: standard reasons, actions on many cases, the CSV export. */
@Authorized(...STAFF_ROLES)
@Resolver()
export class ReviewToolsResolver {
  @Query(() => [DecisionReason], {
    description:
      'Officers: the standard reasons for rejecting or asking for documents, in the reader’s language',
  })
  decisionReasons(
    @Ctx() ctx: GraphQLContext,
    @Arg('kind', () => DecisionReasonKind, { description: 'Which decision' })
    kind: DecisionReasonKind,
  ): DecisionReason[] {
    return decisionReasonsOf(kind, ctx.services.config.decisionReasons).map((r) => ({
      code: r.code,
      label: inLocale(r.label, ctx.locale),
      text: inLocale(r.text, ctx.locale),
    }));
  }

  @Mutation(() => [BulkOutcome], {
    description: 'Claims up to 100 submitted cases, each on its own (`claimAmendment`)',
  })
  claimAmendments(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID], { description: 'The cases (at most 100)' }) ids: string[],
  ) {
    return this.bulk(ctx, 'claim', ids);
  }

  @Mutation(() => [BulkOutcome], {
    description: 'Marks up to 100 new cards ready, each on its own (`markCardReady`)',
  })
  markCardsReady(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID], { description: 'The cases (at most 100)' }) ids: string[],
  ) {
    return this.bulk(ctx, 'markCardReady', ids);
  }

  @Mutation(() => [BulkOutcome], {
    description: 'Marks up to 100 new cards collected, each on its own (`markCardCollected`)',
  })
  markCardsCollected(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID], { description: 'The cases (at most 100)' }) ids: string[],
  ) {
    return this.bulk(ctx, 'markCardCollected', ids);
  }

  @Mutation(() => CaseExport, {
    description:
      'Officers: the case list (same filter and order as `amendments`) as a CSV file of at most 5,000 rows; recorded in the audit trail',
  })
  exportAmendments(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AmendmentFilter, { nullable: true, description: 'What to match' })
    filter?: AmendmentFilter,
    @Arg('sort', () => AmendmentSort, {
      nullable: true,
      description: 'Order (default: newest submitted first)',
    })
    sort?: AmendmentSort,
  ): Promise<CaseExport> {
    return new ReviewExportService(ctx.em, ctx.actor, ctx.services.config, ctx.locale).export({
      filter: filter ? { ...filter } : undefined,
      sort: sort ? { ...sort } : undefined,
    });
  }

  private bulk(ctx: GraphQLContext, action: BulkAction, ids: string[]) {
    return new ReviewBulkService(ctx.em, ctx.services, ctx.actor, ctx.locale).run(action, { ids });
  }
}
