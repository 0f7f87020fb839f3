import {
  Arg,
  Authorized,
  Ctx,
  Field,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { pickLocale } from '../../shared/request-context.js';
import { TermsService } from './terms.service.js';

@ObjectType({ description: 'One numbered clause of the terms' })
class TermsClause {
  @Field(() => Int, { description: 'Clause number, from 1' })
  number!: number;

  @Field({ description: 'The clause in the requested language' })
  text!: string;
}

@ObjectType('Terms', { description: 'The system-use terms to accept before filing an amendment' })
class TermsView {
  @Field({ description: 'Version to pass to `acceptAmendmentTerms`' })
  version!: string;

  @Field(() => DateScalar, { description: 'Day this version took effect' })
  effectiveFrom!: string;

  @Field({ description: 'Title in the requested language' })
  title!: string;

  @Field(() => [TermsClause], { description: 'The clauses, in order' })
  clauses!: TermsClause[];

  @Field({ description: 'Whether the caller has accepted this version (false when not logged in)' })
  accepted!: boolean;
}

@ObjectType({ description: 'A recorded acceptance of the terms' })
class TermsAcceptanceView {
  @Field({ description: 'The version accepted' })
  version!: string;

  @Field(() => DateTimeScalar, { description: 'When it was accepted' })
  acceptedAt!: Date;
}

@Resolver()
export class TermsResolver {
  @Query(() => TermsView, { description: 'The current amendment terms (13 clauses), public' })
  async amendmentTerms(
    @Ctx() ctx: GraphQLContext,
    @Arg('locale', () => String, {
      nullable: true,
      description: 'zh-TW or en; default: Accept-Language',
    })
    locale?: string | null,
  ): Promise<TermsView> {
    const language = locale ? pickLocale(locale) : ctx.locale;
    const service = new TermsService(ctx.em, ctx.actor);
    const terms = service.current();
    const en = language === 'en';
    return {
      version: terms.version,
      effectiveFrom: terms.effectiveFrom,
      title: en ? terms.title.en : terms.title.zhTw,
      clauses: terms.clauses.map((c) => ({ number: c.number, text: en ? c.en : c.zhTw })),
      accepted:
        ctx.actor.kind === 'account' ? await service.hasAccepted(ctx.actor.accountId) : false,
    };
  }

  @Authorized()
  @Mutation(() => TermsAcceptanceView, {
    description: 'Records that the caller accepts a terms version',
  })
  async acceptAmendmentTerms(
    @Ctx() ctx: GraphQLContext,
    @Arg('version', { description: 'The version read, from `amendmentTerms`' }) version: string,
  ): Promise<TermsAcceptanceView> {
    const acceptance = await new TermsService(ctx.em, ctx.actor).accept(version, ctx.ip);
    return { version: acceptance.version, acceptedAt: acceptance.acceptedAt };
  }
}
