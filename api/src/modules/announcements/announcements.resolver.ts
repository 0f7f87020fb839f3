import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../shared/actor.js';
import { AnnouncementService } from './announcements.service.js';
import {
  AnnouncementInput,
  AnnouncementPage,
  AnnouncementStatus,
  AnnouncementView,
} from './announcements.types.js';

const service = (ctx: GraphQLContext) => new AnnouncementService(ctx.em, ctx.actor, ctx.locale);

/** The bulletin board (公布欄): read by anyone, managed by supervisors. */
@Resolver()
export class AnnouncementsResolver {
  @Query(() => AnnouncementPage, {
    description:
      'Public (no login needed; staff and software see the same): the notices published now, important first, then newest first',
  })
  announcements(
    @Ctx() ctx: GraphQLContext,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page: number,
    @Arg('perPage', () => Int, { defaultValue: 10, description: 'Notices per page, 1–50' })
    perPage: number,
  ): Promise<AnnouncementPage> {
    return service(ctx).board({ page, perPage });
  }

  @Query(() => AnnouncementView, {
    nullable: true,
    description:
      'Public for a notice published now; supervisors see any. Null when there is no such notice or the caller may not see it (scheduled, expired or retired)',
  })
  announcement(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The notice' }) id: string,
  ): Promise<AnnouncementView | null> {
    return service(ctx).get(id);
  }

  @Authorized(Role.SUPERVISOR)
  @Query(() => AnnouncementPage, {
    description: 'Supervisors: every notice, whatever its status (or only `status`), newest first',
  })
  announcementsToManage(
    @Ctx() ctx: GraphQLContext,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1' }) page: number,
    @Arg('perPage', () => Int, { defaultValue: 25, description: 'Notices per page, 1–100' })
    perPage: number,
    @Arg('status', () => AnnouncementStatus, {
      nullable: true,
      description: 'Only notices in this status now',
    })
    status?: AnnouncementStatus | null,
  ): Promise<AnnouncementPage> {
    return service(ctx).manage({ page, perPage, status: status ?? null });
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AnnouncementView, {
    description: 'Supervisors: writes a notice (audited); shown from publishFrom (default: now)',
  })
  createAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AnnouncementInput, { description: 'Texts in both languages, and dates' })
    input: AnnouncementInput,
  ): Promise<AnnouncementView> {
    return service(ctx).create({ ...input });
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AnnouncementView, {
    description:
      'Supervisors: replaces a notice’s texts and dates (audited, with what changed); CONFLICT when `version` is not the current one',
  })
  updateAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The notice' }) id: string,
    @Arg('version', () => Int, { description: 'The version you edited' }) version: number,
    @Arg('input', () => AnnouncementInput, { description: 'Texts in both languages, and dates' })
    input: AnnouncementInput,
  ): Promise<AnnouncementView> {
    return service(ctx).update(id, version, { ...input });
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => AnnouncementView, {
    description:
      'Supervisors: takes a notice down for good (audited); CONFLICT when `version` is not the current one',
  })
  retireAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The notice' }) id: string,
    @Arg('version', () => Int, { description: 'The version you saw' }) version: number,
  ): Promise<AnnouncementView> {
    return service(ctx).retire(id, version);
  }
}
