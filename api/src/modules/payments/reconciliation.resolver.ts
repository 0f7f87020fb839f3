import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../shared/actor.js';
import { parseInput } from '../../shared/validation.js';
import { Amendment } from '../amendments/amendment.entity.js';
import { AmendmentStatus } from '../amendments/amendment-status.js';
import { Amendment as AmendmentType } from '../amendments/amendments.types.js';
import { Payment, PaymentStatus } from './payment.entity.js';
import { PaymentView } from './payments.types.js';
import { paymentView } from './payments.resolver.js';

@ObjectType({
  description: 'What finance should look at: fees left unpaid, money that should not be there',
})
class PaymentReconciliation {
  @Field(() => Int, {
    description: 'The age, in days since approval, from which a fee counts as long unpaid',
  })
  unpaidForDays!: number;

  @Field(() => [AmendmentType], {
    description: 'Approved cases whose fee is still unpaid after that many days',
  })
  unpaidFees!: Amendment[];

  @Field(() => [PaymentView], {
    description:
      'Payments received that cannot count: a second payment of the same fee, or money for a case that is no longer payable (withdrawn, rejected)',
  })
  paymentsToRefund!: PaymentView[];
}

const inputSchema = z.object({ unpaidForDays: z.number().int().min(1).max(365) });
const CLOSED = [AmendmentStatus.WITHDRAWN, AmendmentStatus.REJECTED];

/** The reconciliation list for supervisors (the payments module's daily check, on demand). */
@Resolver()
export class ReconciliationResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => PaymentReconciliation, {
    description: 'Supervisors: fees unpaid too long, payments to refund',
  })
  async paymentReconciliation(
    @Ctx() ctx: GraphQLContext,
    @Arg('unpaidForDays', () => Int, { defaultValue: 14, description: 'Days since approval' })
    unpaidForDays: number,
  ): Promise<PaymentReconciliation> {
    const input = parseInput(inputSchema, { unpaidForDays }, '');
    const before = new Date(Date.now() - input.unpaidForDays * 86_400_000);
    const candidates = await ctx.em.find(
      Amendment,
      {
        status: { $in: [AmendmentStatus.APPROVED, AmendmentStatus.CARD_READY] },
        feePaidAt: null,
        decidedAt: { $lt: before },
      },
      { orderBy: { decidedAt: 'asc' }, limit: 500 },
    );
    const unpaidFees = candidates.filter((a) => (a.fee?.amount ?? 0) > 0);
    const paid = await ctx.em.find(
      Payment,
      {
        status: PaymentStatus.PAID,
        $or: [{ duplicate: true }, { amendment: { status: { $in: CLOSED } } }],
      },
      { orderBy: { createdAt: 'asc' }, limit: 500 },
    );
    return {
      unpaidForDays: input.unpaidForDays,
      unpaidFees,
      paymentsToRefund: paid.map(paymentView),
    };
  }
}
