import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Role } from '../../shared/actor.js';
import { listAuditEvents } from './audit-log.service.js';

@InputType({ description: 'Filters of the audit trail; all given filters must match' })
class AuditEventFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Action, or its prefix ending in a dot (e.g. auth.)',
  })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who acted (account id)' })
  actorAccountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who acted: part of their display name or account name',
  })
  actor?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'About this case: events on the case, its documents and its payments',
  })
  amendmentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of record, e.g. Amendment, Applicant, Account',
  })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'The record’s id' })
  entityId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before' })
  to?: Date | null;
}

@ObjectType('AuditEvent', { description: 'Who did what to which record, when and from where' })
class AuditEventView {
  @Field(() => ID, { description: 'Identifier' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When' })
  at!: Date;

  @Field({ description: 'PERSON, SYSTEM or ANONYMOUS' })
  actorKind!: string;

  @Field(() => ID, { nullable: true, description: 'The account that acted' })
  actorAccountId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its role at the time' })
  actorRole!: string | null;

  @Field({ description: 'What happened, e.g. amendment.approve' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Kind of record' })
  entityType!: string | null;

  @Field(() => String, { nullable: true, description: 'The record’s id' })
  entityId!: string | null;

  @Field({ description: 'False for refused or failed attempts' })
  success!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Changed fields, as JSON {field: {before, after}}',
  })
  changes!: string | null;

  @Field(() => String, { nullable: true, description: 'Other details, as JSON' })
  detail!: string | null;

  @Field(() => String, { nullable: true, description: 'Caller’s IP address' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'Request id (also in the logs)' })
  requestId!: string | null;
}

@ObjectType({ description: 'One page of the audit trail' })
class AuditEventPage {
  @Field(() => [AuditEventView], { description: 'Events, newest first' })
  items!: AuditEventView[];

  @Field(() => Int, { description: 'Events matching the filter' })
  total!: number;
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => AuditEventPage, { description: 'Supervisors: the audit trail' })
  async auditEvents(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'What to match' })
    filter?: AuditEventFilter,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page?: number,
    @Arg('perPage', () => Int, { defaultValue: 50, description: 'Rows per page, 1–200' })
    perPage?: number,
  ): Promise<AuditEventPage> {
    const { rows, total } = await listAuditEvents(ctx.em, {
      filter: filter ? { ...filter } : undefined,
      page,
      perPage,
    });
    return {
      total,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        actorKind: r.actorKind,
        actorAccountId: r.actorAccountId ?? null,
        actorRole: r.actorRole ?? null,
        action: r.action,
        entityType: r.entityType ?? null,
        entityId: r.entityId ?? null,
        success: r.success,
        changes: r.changes ? JSON.stringify(r.changes) : null,
        detail: r.detail ? JSON.stringify(r.detail) : null,
        ip: r.ip ?? null,
        requestId: r.requestId ?? null,
      })),
    };
  }
}

@Resolver(() => AuditEventView)
export class AuditEventFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The display name of the account that acted (as it is now); null for the system and anonymous callers',
  })
  async actorName(@Root() e: AuditEventView, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (!e.actorAccountId) return null;
    return (await ctx.loaders.accountById.load(e.actorAccountId))?.displayName ?? null;
  }
}
