import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { TodoService } from './todos.service.js';
import { TodoItem } from './todos.types.js';

/** The to-do list (待辦事項): what is waiting for the signed-in account. */
@Resolver()
export class TodosResolver {
  @Authorized()
  @Query(() => [TodoItem], {
    description:
      'The signed-in account’s to-do list (待辦事項), most urgent first (deadlines first, soonest first): fees to pay, documents asked for, cards to collect, drafts about to be deleted, powers of attorney awaiting an officer, a password about to expire. Only cases the account may read; each item goes once it is done',
  })
  todos(@Ctx() ctx: GraphQLContext): Promise<TodoItem[]> {
    return new TodoService(ctx.em, ctx.services.config, ctx.actor, ctx.locale).list();
  }
}
