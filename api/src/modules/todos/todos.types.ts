import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';

export enum TodoKind {
  PAY_FEE = 'PAY_FEE',
  UPLOAD_DOCUMENTS = 'UPLOAD_DOCUMENTS',
  COLLECT_CARD = 'COLLECT_CARD',
  DRAFT_EXPIRING = 'DRAFT_EXPIRING',
  MANDATE_PENDING = 'MANDATE_PENDING',
  PASSWORD_EXPIRING = 'PASSWORD_EXPIRING',
}
registerEnumType(TodoKind, {
  name: 'TodoKind',
  description: 'What a to-do asks of the account',
  valuesConfig: {
    PAY_FEE: {
      description:
        'An approved case’s fee is unpaid (amount above NT$0): for the holder, and for the filer',
    },
    UPLOAD_DOCUMENTS: {
      description:
        'The officer asked for more documents (SUPPLEMENT_REQUESTED): for the filer, who uploads them and answers the request',
    },
    COLLECT_CARD: {
      description:
        'The new card is ready at the service centre (CARD_READY): for the holder and the filer',
    },
    DRAFT_EXPIRING: {
      description: 'A draft will be deleted within 7 days unless it is edited again: for the filer',
    },
    MANDATE_PENDING: {
      description:
        'A power of attorney awaits an officer’s check: for the holder it names (who may revoke it if they did not sign it), and for the employer or agency that sent it',
    },
    PASSWORD_EXPIRING: { description: 'The account’s password expires within 14 days' },
  },
});

@ObjectType({
  description:
    'Something waiting for the signed-in account (待辦事項): what to do, in the caller’s language, and where in the portal to do it. It is gone once done',
})
export class TodoItem {
  @Field(() => TodoKind, { description: 'What kind of to-do' })
  kind!: TodoKind;

  @Field({
    description: 'What to do, in the caller’s language (e.g. “Pay the fee of NT$500”)',
  })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'More about it in the caller’s language: the case and holder, the service centre’s address and hours, the documents asked for, the deadline in words',
  })
  detail!: string | null;

  @Field(() => ID, { nullable: true, description: 'The case it is about, if any' })
  amendmentId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The case’s application number, once it has one',
  })
  applicationNumber!: string | null;

  @Field(() => ID, { nullable: true, description: 'The mandate it is about (MANDATE_PENDING)' })
  mandateId!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'The deadline, when there is one: a draft’s deletion, an ATM or convenience-store payment code’s expiry, the password’s expiry',
  })
  dueAt!: Date | null;

  @Field({
    description:
      'Where to do it: a path of the applicants’ portal (/amendments/<id>#action, /amendments/<id>/edit, /mandates, /account/change-password)',
  })
  link!: string;
}
