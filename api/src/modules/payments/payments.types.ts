import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { PaymentMethod, PaymentStatus } from './payment.entity.js';

@ObjectType({ description: 'What the payer needs to finish an ATM or convenience-store payment' })
export class PaymentInstructions {
  @Field(() => String, { nullable: true, description: 'ATM: the bank’s code, e.g. 812' })
  bankCode!: string | null;

  @Field(() => String, { nullable: true, description: 'ATM: the virtual account to transfer to' })
  virtualAccount!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Convenience stores: the payment code to show at the counter',
  })
  paymentCode!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Pay before this time' })
  expiresAt!: Date | null;
}

@ObjectType('Payment', { description: 'One attempt to pay an amendment’s fee online' })
export class PaymentView {
  @Field(() => ID, { description: 'Stable identifier' })
  id!: string;

  @Field(() => ID, { description: 'The case whose fee this pays' })
  amendmentId!: string;

  @Field({ description: 'Our order number at the payment gateway (MerchantTradeNo)' })
  merchantTradeNo!: string;

  @Field(() => Int, { description: 'Amount in New Taiwan dollars' })
  amount!: number;

  @Field({ description: 'Always TWD' })
  currency!: string;

  @Field(() => PaymentMethod, { description: 'How it is paid' })
  method!: PaymentMethod;

  @Field({ description: 'The payment gateway: ecpay, or sandbox in development' })
  provider!: string;

  @Field(() => PaymentStatus, { description: 'Where it stands' })
  status!: PaymentStatus;

  @Field(() => PaymentInstructions, {
    nullable: true,
    description: 'ATM account or store code, once the gateway has issued one',
  })
  instructions!: PaymentInstructions | null;

  @Field(() => String, { nullable: true, description: 'The gateway’s trade number' })
  providerTradeNo!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed, as the gateway said' })
  failureReason!: string | null;

  @Field({
    description:
      'Paid after the fee had already been paid by another payment: the amount is to be refunded',
  })
  duplicate!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was started' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the gateway says it was paid' })
  paidAt!: Date | null;
}

@ObjectType({ description: 'A form field to post to the payment gateway' })
export class PaymentFormField {
  @Field({ description: 'Field name, exactly as the gateway expects it' })
  name!: string;

  @Field({ description: 'Field value (already signed: send it unchanged)' })
  value!: string;
}

@ObjectType({
  description:
    'Where to pay: post `formFields` to `formAction` from the payer’s browser (an auto-submitted form); the gateway’s signed notice then marks the fee paid',
})
export class PaymentStart {
  @Field(() => PaymentView, { description: 'The payment just started' })
  payment!: PaymentView;

  @Field({ description: 'The gateway’s address: the form’s action (method POST)' })
  formAction!: string;

  @Field({ description: 'Always POST' })
  formMethod!: string;

  @Field(() => [PaymentFormField], { description: 'The form’s fields, in order' })
  formFields!: PaymentFormField[];
}
