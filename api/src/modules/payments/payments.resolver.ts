import DataLoader from 'dataloader';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../shared/actor.js';
import type { Amendment } from '../amendments/amendment.entity.js';
import { Amendment as AmendmentType } from '../amendments/amendments.types.js';
import { Payment, PaymentMethod } from './payment.entity.js';
import { PaymentsService } from './payments.service.js';
import { PaymentStart, PaymentView } from './payments.types.js';

export function paymentView(p: Payment): PaymentView {
  const info = p.paymentInfo;
  return {
    id: p.id,
    amendmentId: p.amendment.id,
    merchantTradeNo: p.merchantTradeNo,
    amount: p.amount,
    currency: 'TWD',
    method: p.method,
    provider: p.provider,
    status: p.status,
    instructions: info
      ? {
          bankCode: info.bankCode ?? null,
          virtualAccount: info.virtualAccount ?? null,
          paymentCode: info.paymentCode ?? null,
          expiresAt: info.expiresAt ? new Date(info.expiresAt) : null,
        }
      : null,
    providerTradeNo: p.providerTradeNo ?? null,
    failureReason: p.failureReason ?? null,
    duplicate: p.duplicate,
    createdAt: p.createdAt,
    paidAt: p.paidAt ?? null,
  };
}

// One batch loader per request (the context's own loaders are built in graphql/context.ts).
const loaders = new WeakMap<EntityManager, DataLoader<string, Payment[]>>();
function paymentsByAmendment(em: EntityManager): DataLoader<string, Payment[]> {
  let loader = loaders.get(em);
  if (!loader) {
    loader = new DataLoader<string, Payment[]>(async (ids) => {
      const rows = await em.find(
        Payment,
        { amendment: { $in: [...ids] } },
        { orderBy: { createdAt: 'desc', id: 'asc' } },
      );
      return ids.map((id) => rows.filter((p) => p.amendment.id === id));
    });
    loaders.set(em, loader);
  }
  return loader;
}

const PAYERS = [Role.APPLICANT, Role.EMPLOYER, Role.AGENCY];

/** Paying a fee online. Thin: `PaymentsService` owns the rules. */
@Resolver()
export class PaymentsResolver {
  @Authorized(...PAYERS)
  @Mutation(() => PaymentStart, {
    description:
      'Starts paying an approved amendment’s fee: returns the signed form that sends the payer to the payment gateway. The holder, or the filer (employers and agencies under an active mandate), may pay; FEE_NOT_PAYABLE when nothing is due.',
  })
  async startFeePayment(
    @Ctx() ctx: GraphQLContext,
    @Arg('amendmentId', () => ID, { description: 'The case' }) amendmentId: string,
    @Arg('method', () => PaymentMethod, { description: 'How the payer will pay' })
    method: PaymentMethod,
  ): Promise<PaymentStart> {
    const { payment, checkout } = await new PaymentsService(
      ctx.em,
      ctx.services,
      ctx.actor,
      ctx.locale,
    ).start({ amendmentId, method });
    return {
      payment: paymentView(payment),
      formAction: checkout.formAction,
      formMethod: 'POST',
      formFields: Object.entries(checkout.formFields).map(([name, value]) => ({ name, value })),
    };
  }

  @Authorized()
  @Query(() => [PaymentView], {
    description: 'A case’s payments, newest first (for those who may read the case)',
  })
  async payments(
    @Ctx() ctx: GraphQLContext,
    @Arg('amendmentId', () => ID, { description: 'The case' }) amendmentId: string,
  ): Promise<PaymentView[]> {
    const rows = await new PaymentsService(ctx.em, ctx.services, ctx.actor, ctx.locale).list({
      amendmentId,
    });
    return rows.map(paymentView);
  }
}

@Resolver(() => AmendmentType)
export class AmendmentPaymentsResolver {
  @FieldResolver(() => [PaymentView], { description: 'Online payments of the fee, newest first' })
  async payments(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): Promise<PaymentView[]> {
    return (await paymentsByAmendment(ctx.em).load(a.id)).map(paymentView);
  }
}
