import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role, STAFF_ROLES } from '../../shared/actor.js';
import { isStaff } from '../../shared/authorization.js';
import { GraphQLUpload, type FileUpload } from '../documents/upload-middleware.js';
import { taipeiToday } from '../amendments/amendment-fee.js';
import { Applicant } from '../cardholders/applicant.entity.js';
import { Account } from '../accounts/account.entity.js';
import type { ApiKey } from './api-key.entity.js';
import { ApiKeyService } from './api-keys.service.js';
import { type Mandate, MandateStatus } from './mandate.entity.js';
import { MandateService } from './mandates.service.js';
import {
  ApiKeyCreated,
  ApiKeyView,
  CreateApiKeyInput,
  GrantMandateInput,
  MandateView,
  RequestMandateInput,
} from './agencies.types.js';

async function mandateView(ctx: GraphQLContext, m: Mandate): Promise<MandateView> {
  const [holder, grantee] = await Promise.all([
    ctx.em.findOneOrFail(Applicant, { id: m.applicant.id }),
    ctx.em.findOneOrFail(Account, { id: m.grantee.id }),
  ]);
  const today = taipeiToday();
  // A grantee learns the holder's name only while the holder's authorisation stands: not from a
  // power of attorney still unverified or refused, nor after a revocation.
  const actor = ctx.actor;
  const seesName =
    actor.kind === 'account' &&
    (isStaff(actor) || actor.applicantId === holder.id || m.status === MandateStatus.ACTIVE);
  const englishName = `${holder.englishSurname}, ${holder.englishGivenName}`;
  return {
    id: m.id,
    applicantId: holder.id,
    applicantUiNumber: holder.uiNumber,
    granteeId: grantee.id,
    granteeName: grantee.organisationName ?? grantee.displayName,
    items: m.items,
    validFrom: m.validFrom,
    validUntil: m.validUntil,
    status: m.status,
    source: m.source,
    activeNow: m.status === MandateStatus.ACTIVE && m.validFrom <= today && m.validUntil >= today,
    createdAt: m.createdAt,
    documentUrl: m.documentKey ? `/mandates/${m.id}/document` : null,
    holderName: seesName ? [holder.chineseName, englishName].filter(Boolean).join(' ') : null,
    decisionNote: m.note ?? null,
  };
}

const keyView = (k: ApiKey): ApiKeyView => ({
  id: k.id,
  name: k.name,
  prefix: k.prefix,
  scopes: k.scopes,
  expiresAt: k.expiresAt,
  lastUsedAt: k.lastUsedAt ?? null,
  revokedAt: k.revokedAt ?? null,
  createdAt: k.createdAt,
});

/** Mandates and API keys: how employers and agencies come to act for holders. */
@Resolver()
export class AgenciesResolver {
  @Authorized(Role.APPLICANT)
  @Mutation(() => MandateView, {
    description: 'Holders: authorise an employer or agency (active at once)',
  })
  async createMandate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => GrantMandateInput, { description: 'Who, for what, until when' })
    input: GrantMandateInput,
  ): Promise<MandateView> {
    return mandateView(
      ctx,
      await new MandateService(ctx.em, ctx.services, ctx.actor).grant({ ...input }),
    );
  }

  @Authorized(Role.AGENCY, Role.EMPLOYER)
  @Mutation(() => MandateView, {
    description:
      'Employers and agencies: send the signed power of attorney (multipart); an officer verifies it',
  })
  async requestMandate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestMandateInput, { description: 'The holder and the period' })
    input: RequestMandateInput,
    @Arg('file', () => GraphQLUpload, {
      description: 'The signed power of attorney: PDF, JPEG or PNG',
    })
    file: Promise<FileUpload>,
  ): Promise<MandateView> {
    return mandateView(
      ctx,
      await new MandateService(ctx.em, ctx.services, ctx.actor).request({ ...input }, file),
    );
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => MandateView, {
    description: 'Officers: accept or refuse an uploaded power of attorney',
  })
  async verifyMandate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The mandate' }) id: string,
    @Arg('approve', { description: 'True to activate it, false to refuse it' }) approve: boolean,
    @Arg('note', () => String, { nullable: true, description: 'Why (shown to the agency)' })
    note?: string | null,
  ): Promise<MandateView> {
    return mandateView(
      ctx,
      await new MandateService(ctx.em, ctx.services, ctx.actor).verify(id, approve, note ?? null),
    );
  }

  @Authorized()
  @Mutation(() => MandateView, {
    description: 'Ends a mandate at once (the holder, the grantee or an officer)',
  })
  async revokeMandate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The mandate' }) id: string,
  ): Promise<MandateView> {
    return mandateView(ctx, await new MandateService(ctx.em, ctx.services, ctx.actor).revoke(id));
  }

  @Authorized()
  @Query(() => [MandateView], {
    description: 'Mandates: a holder’s given, an agency’s held, all for officers',
  })
  async mandates(
    @Ctx() ctx: GraphQLContext,
    @Arg('status', () => MandateStatus, { nullable: true, description: 'Only this status' })
    status?: MandateStatus | null,
  ): Promise<MandateView[]> {
    const list = await new MandateService(ctx.em, ctx.services, ctx.actor).list(status ?? null);
    return Promise.all(list.map((m) => mandateView(ctx, m)));
  }

  @Authorized(Role.AGENCY, Role.EMPLOYER)
  @Mutation(() => ApiKeyCreated, {
    description: 'Creates an API key for the caller’s software (token shown once)',
  })
  async createApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateApiKeyInput, { description: 'Name, scopes, expiry' })
    input: CreateApiKeyInput,
  ): Promise<ApiKeyCreated> {
    const { key, token } = await new ApiKeyService(ctx.em, ctx.actor).create({ ...input });
    return { apiKey: keyView(key), token };
  }

  @Authorized(Role.AGENCY, Role.EMPLOYER)
  @Mutation(() => ApiKeyView, { description: 'Revokes an API key at once' })
  async revokeApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The key' }) id: string,
  ): Promise<ApiKeyView> {
    return keyView(await new ApiKeyService(ctx.em, ctx.actor).revoke(id));
  }

  @Authorized(Role.AGENCY, Role.EMPLOYER)
  @Query(() => [ApiKeyView], { description: 'The caller’s API keys, newest first' })
  async apiKeys(@Ctx() ctx: GraphQLContext): Promise<ApiKeyView[]> {
    return (await new ApiKeyService(ctx.em, ctx.actor).list()).map(keyView);
  }
}
