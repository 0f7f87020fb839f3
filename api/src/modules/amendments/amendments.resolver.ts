import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { selectedFields } from '../../graphql/selection.js';
import type { CaseRelations } from './amendments.loaders.js';
import { Role } from '../../shared/actor.js';
import { AmendmentStartService } from './amendment-start.service.js';
import { AmendmentDraftService } from './amendment-draft.service.js';
import { AmendmentLifecycleService } from './amendment-lifecycle.service.js';
import { AmendmentQueryService } from './amendments.query.service.js';
import { SaveAmendmentDraftInput, StartAmendmentInput } from './amendments.inputs.js';
import { Amendment as AmendmentType, FeeView } from './amendments.types.js';
import type { Amendment } from './amendment.entity.js';
import { feeViewOf } from './amendment-fields.resolver.js';
import { confirmContactEmail } from './contact-confirmation.service.js';
import { AmendmentStatus, STATUS_LABELS } from './amendment-status.js';

@ObjectType({ description: 'The outcome of confirming a new email address' })
class AmendmentConfirmation {
  @Field({ description: 'The case' })
  applicationNumber!: string;

  @Field(() => AmendmentStatus, { description: 'Its status now' })
  status!: AmendmentStatus;

  @Field({ description: 'The status in the caller’s language' })
  statusLabel!: string;
}

/** Which of a case's relations the query asks for (read with the case, in one statement). */
function relationsSelected(info: GraphQLResolveInfo): CaseRelations {
  const fields = selectedFields(info);
  return {
    documents: fields.has('documents') || fields.has('checklist'),
    events: fields.has('events'),
  };
}

const FILERS = [Role.APPLICANT, Role.EMPLOYER, Role.AGENCY];

/** The wizard (seed steps 7–12) and following a case. Thin: services own the rules. */
@Resolver()
export class AmendmentsResolver {
  @Authorized(...FILERS)
  @Mutation(() => AmendmentType, {
    description: 'Opens a DRAFT for a holder, prefilled with their data',
  })
  startAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StartAmendmentInput, { description: 'Holder and first selection' })
    input: StartAmendmentInput,
  ): Promise<Amendment> {
    return new AmendmentStartService(ctx.em, ctx.services, ctx.actor).start({ ...input });
  }

  @Authorized(...FILERS)
  @Mutation(() => AmendmentType, {
    description: 'Saves any subset of the wizard’s tabs (drafts survive logout)',
  })
  saveAmendmentDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The draft' }) id: string,
    @Arg('input', () => SaveAmendmentDraftInput, { description: 'What to save' })
    input: SaveAmendmentDraftInput,
  ): Promise<Amendment> {
    return new AmendmentDraftService(ctx.em, ctx.actor).save(
      id,
      JSON.parse(JSON.stringify(input)) as unknown,
    );
  }

  @Authorized(...FILERS)
  @Mutation(() => AmendmentType, {
    description:
      'Files the draft and gives it an application number. Retrying with the same key is safe.',
  })
  submitAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The draft' }) id: string,
    @Arg('idempotencyKey', {
      description: 'A key the client makes once per submit, reused on retries',
    })
    idempotencyKey: string,
  ): Promise<Amendment> {
    return new AmendmentLifecycleService(ctx.em, ctx.services, ctx.actor).submit({
      id,
      idempotencyKey,
    });
  }

  @Authorized(...FILERS)
  @Mutation(() => AmendmentType, { description: 'Withdraws a case before it is decided' })
  withdrawAmendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Arg('note', () => String, { nullable: true, description: 'Why (optional)' })
    note?: string | null,
  ): Promise<Amendment> {
    return new AmendmentLifecycleService(ctx.em, ctx.services, ctx.actor).withdraw({ id, note });
  }

  @Authorized(...FILERS)
  @Mutation(() => AmendmentType, {
    description: 'Sends the case back to the officer after uploading what was asked',
  })
  respondToSupplementRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('amendmentId', () => ID, { description: 'The case' }) amendmentId: string,
    @Arg('note', () => String, { nullable: true, description: 'A note for the officer' })
    note?: string | null,
  ): Promise<Amendment> {
    return new AmendmentLifecycleService(ctx.em, ctx.services, ctx.actor).respondToSupplement({
      id: amendmentId,
      note,
    });
  }

  @Mutation(() => AmendmentConfirmation, {
    description:
      'Public: the link sent to a new email address; a contact-only change then takes effect',
  })
  async confirmAmendmentEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', { description: 'The token from the link' }) token: string,
  ): Promise<AmendmentConfirmation> {
    const amendment = await confirmContactEmail(ctx.em, ctx.services, { token });
    return {
      applicationNumber: amendment.applicationNumber ?? '',
      status: amendment.status,
      statusLabel: STATUS_LABELS[amendment.status][ctx.locale === 'en' ? 'en' : 'zhTw'],
    };
  }

  @Authorized()
  @Query(() => FeeView, {
    description: 'The fee of a case: a live quote for drafts, fixed once submitted',
  })
  async feeQuote(
    @Ctx() ctx: GraphQLContext,
    @Arg('amendmentId', () => ID, { description: 'The case' }) amendmentId: string,
  ): Promise<FeeView> {
    return feeViewOf(
      await new AmendmentQueryService(ctx.em, ctx.actor).get(amendmentId),
      ctx.locale,
    );
  }

  @Authorized(...FILERS)
  @Query(() => [AmendmentType], { description: 'The caller’s cases, newest first' })
  myAmendments(@Ctx() ctx: GraphQLContext): Promise<Amendment[]> {
    return new AmendmentQueryService(ctx.em, ctx.actor).mine();
  }

  @Authorized()
  @Query(() => AmendmentType, { description: 'One case, to its filer, its holder or an officer' })
  amendment(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The case' }) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Amendment> {
    return new AmendmentQueryService(ctx.em, ctx.actor).get(
      id,
      relationsSelected(info),
      ctx.loaders,
    );
  }

  @Authorized()
  @Query(() => AmendmentType, { description: 'One case by its application number' })
  amendmentByApplicationNumber(
    @Ctx() ctx: GraphQLContext,
    @Arg('applicationNumber', { description: 'e.g. GC2026-0000042' }) applicationNumber: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Amendment> {
    return new AmendmentQueryService(ctx.em, ctx.actor).byApplicationNumber(
      applicationNumber,
      relationsSelected(info),
      ctx.loaders,
    );
  }
}
