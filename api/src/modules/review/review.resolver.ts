import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { selectedFields } from '../../graphql/selection.js';
import { joinedOf } from '../amendments/joined-relations.js';
import type { AccountRef } from '../accounts/account-ref.js';
import { Role, STAFF_ROLES } from '../../shared/actor.js';
import type { Amendment } from '../amendments/amendment.entity.js';
import { DocumentType } from '../amendments/amendment-items.js';
import { Amendment as AmendmentType } from '../amendments/amendments.types.js';
import { ReviewDecisionService } from './review-decision.service.js';
import { ReviewQueueService } from './review-queue.service.js';
import { AmendmentFilter, AmendmentSort } from './review.inputs.js';
import { AmendmentPage, AmendmentStats, StaffRef } from './review.types.js';

/** The officers' side: the queue, claiming, and the decisions (each one declared transition). */
@Authorized(...STAFF_ROLES)
@Resolver()
export class ReviewResolver {
  @Query(() => AmendmentPage, {
    description: 'Officers: the case list, filtered, sorted and paged',
  })
  async amendments(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AmendmentFilter, { nullable: true, description: 'What to match' })
    filter?: AmendmentFilter,
    @Arg('sort', () => AmendmentSort, {
      nullable: true,
      description: 'Order (default: newest submitted first)',
    })
    sort?: AmendmentSort,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page?: number,
    @Arg('perPage', () => Int, { defaultValue: 25, description: 'Rows per page, 1–100' })
    perPage?: number,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<AmendmentPage> {
    const found = await new ReviewQueueService(ctx.em, ctx.actor, ctx.services.config).list(
      {
        filter: filter ? { ...filter } : undefined,
        sort: sort ? { ...sort } : undefined,
        page,
        perPage,
      },
      info ? selectedFields(info, 'items') : undefined,
    );
    // The page came with its holders and accounts: the rows' field resolvers need no query.
    for (const applicant of found.applicants)
      ctx.loaders.applicantById.prime(applicant.id, applicant);
    for (const account of found.accounts) ctx.loaders.accountById.prime(account.id, account);
    return { items: found.items, total: found.total, totalExact: found.totalExact };
  }

  @Query(() => AmendmentStats, { description: 'Officers: dashboard figures' })
  amendmentStats(@Ctx() ctx: GraphQLContext): Promise<AmendmentStats> {
    return new ReviewQueueService(ctx.em, ctx.actor, ctx.services.config).stats();
  }

  @Mutation(() => AmendmentType, {
    description: 'Takes a submitted case: the caller becomes its officer',
  })
  claimAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
  ) {
    return this.decisions(ctx).claim({ id });
  }

  @Mutation(() => AmendmentType, { description: 'Gives a claimed case back to the queue' })
  releaseAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
  ) {
    return this.decisions(ctx).release({ id });
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AmendmentType, { description: 'Supervisors: assigns a case to an officer' })
  reassignAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('officerId', () => ID, { description: 'The officer’s account id' }) officerId: string,
  ) {
    return this.decisions(ctx).reassign({ id, officerId });
  }

  @Mutation(() => AmendmentType, {
    description: 'Approves: the register is updated and a new card issued if needed',
  })
  approveAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('version', () => Int, { description: 'The version you reviewed' }) version: number,
    @Arg('note', () => String, { nullable: true, description: 'Note to the filer' })
    note?: string | null,
  ) {
    return this.decisions(ctx).approve({ id, version, note });
  }

  @Mutation(() => AmendmentType, {
    description:
      'Rejects, with a reason sent to the filer: a standard one (`reasonCode`, see `decisionReasons`), words of your own, or both',
  })
  rejectAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('version', () => Int, { description: 'The version you reviewed' }) version: number,
    @Arg('reason', () => String, {
      nullable: true,
      description:
        'Why, in words the filer understands (may be left out when `reasonCode` is given)',
    })
    reason?: string | null,
    @Arg('reasonCode', () => String, {
      nullable: true,
      description: 'A standard reason of `decisionReasons(kind: REJECTION)`: its text comes first',
    })
    reasonCode?: string | null,
  ) {
    return this.decisions(ctx).reject({ id, version, reason, reasonCode });
  }

  @Mutation(() => AmendmentType, { description: 'Asks the filer for more documents (補件)' })
  requestSupplement(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('version', () => Int, { description: 'The version you reviewed' }) version: number,
    @Arg('documents', () => [DocumentType], { description: 'What to upload' })
    documents: DocumentType[],
    @Arg('message', () => String, {
      nullable: true,
      description: 'What is needed and why (may be left out when `reasonCode` is given)',
    })
    message?: string | null,
    @Arg('reasonCode', () => String, {
      nullable: true,
      description: 'A standard reason of `decisionReasons(kind: SUPPLEMENT)`: its text comes first',
    })
    reasonCode?: string | null,
  ) {
    return this.decisions(ctx).requestSupplement({ id, version, documents, message, reasonCode });
  }

  @Mutation(() => AmendmentType, {
    description: 'The new card is ready for collection (fee paid first)',
  })
  markCardReady(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
  ) {
    return this.decisions(ctx).markCardReady({ id });
  }

  @Mutation(() => AmendmentType, {
    description: 'The new card has been collected: the case is closed',
  })
  markCardCollected(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
  ) {
    return this.decisions(ctx).markCardCollected({ id });
  }

  private decisions(ctx: GraphQLContext) {
    return new ReviewDecisionService(ctx.em, ctx.services, ctx.actor);
  }
}

@Resolver(() => AmendmentType)
export class AmendmentReviewFieldsResolver {
  @FieldResolver(() => StaffRef, { nullable: true, description: 'The officer working on the case' })
  assignedOfficer(
    @Root() a: Amendment,
    @Ctx() ctx: GraphQLContext,
  ): StaffRef | null | Promise<StaffRef | null> {
    if (!a.assignedOfficer) return null;
    const view = (officer: AccountRef | null) =>
      officer ? { id: officer.id, displayName: officer.displayName } : null;
    const joined = joinedOf(a);
    return joined
      ? view(joined.assignedOfficer)
      : ctx.loaders.accountById.load(a.assignedOfficer.id).then(view);
  }

  @FieldResolver(() => Boolean, {
    description: 'Waiting for an officer longer than the service level',
  })
  overdue(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): boolean {
    return new ReviewQueueService(ctx.em, ctx.actor, ctx.services.config).isOverdue(a);
  }
}
