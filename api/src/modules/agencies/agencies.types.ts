import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { AmendmentItem } from '../amendments/amendment-items.js';
import { ApiKeyScope } from './api-key.entity.js';
import { MandateSource, MandateStatus } from './mandate.entity.js';

@ObjectType('Mandate', {
  description: 'A holder’s authorisation for an employer or agency to act for them',
})
export class MandateView {
  @Field(() => ID, { description: 'Identifier' })
  id!: string;

  @Field(() => ID, { description: 'The holder who granted it' })
  applicantId!: string;

  @Field({ description: 'The holder’s current UI number' })
  applicantUiNumber!: string;

  @Field(() => ID, { description: 'The employer or agency account' })
  granteeId!: string;

  @Field({ description: 'Its display name' })
  granteeName!: string;

  @Field(() => [AmendmentItem], { description: 'Items it covers; empty means all' })
  items!: AmendmentItem[];

  @Field(() => DateScalar, { description: 'First day' })
  validFrom!: string;

  @Field(() => DateScalar, { description: 'Last day' })
  validUntil!: string;

  @Field(() => MandateStatus, { description: 'Where it stands' })
  status!: MandateStatus;

  @Field(() => MandateSource, { description: 'How it was given' })
  source!: MandateSource;

  @Field({ description: 'Active today (status ACTIVE and within its dates)' })
  activeNow!: boolean;

  @Field(() => DateTimeScalar, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Path of the uploaded power of attorney, if any',
  })
  documentUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The holder’s name (Chinese name if any, then the English name as in the passport): for the holder, officers, and the grantee while the mandate is ACTIVE; null otherwise',
  })
  holderName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The officer’s note when verifying or refusing a power of attorney, if any',
  })
  decisionNote!: string | null;
}

@InputType({ description: 'The holder grants a mandate online' })
export class GrantMandateInput {
  @Field({ description: 'Account name of the employer or agency' })
  grantee!: string;

  @Field(() => [AmendmentItem], {
    defaultValue: [],
    description: 'Items it may file; empty for all',
  })
  items!: AmendmentItem[];

  @Field(() => DateScalar, { nullable: true, description: 'First day (default today)' })
  validFrom?: string | null;

  @Field(() => DateScalar, { description: 'Last day (at most 3 years on)' })
  validUntil!: string;
}

@InputType({
  description: 'An employer or agency asks for a mandate with the signed power of attorney',
})
export class RequestMandateInput {
  @Field({ description: 'The holder’s UI number (current or earlier)' })
  uiNumber!: string;

  @Field(() => DateScalar, { description: 'The holder’s birth date' })
  birthDate!: string;

  @Field(() => [AmendmentItem], { defaultValue: [], description: 'Items it covers; empty for all' })
  items!: AmendmentItem[];

  @Field(() => DateScalar, { nullable: true, description: 'First day (default today)' })
  validFrom?: string | null;

  @Field(() => DateScalar, { description: 'Last day (at most 3 years on)' })
  validUntil!: string;
}

@ObjectType('ApiKey', { description: 'A credential for an agency’s or employer’s software' })
export class ApiKeyView {
  @Field(() => ID, { description: 'Identifier' })
  id!: string;

  @Field({ description: 'A name to recognise it by' })
  name!: string;

  @Field({ description: 'Public prefix of the token (gk_<prefix>_…), to tell keys apart' })
  prefix!: string;

  @Field(() => [ApiKeyScope], { description: 'What it may do' })
  scopes!: ApiKeyScope[];

  @Field(() => DateTimeScalar, { description: 'When it stops working' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was last used (to the minute)',
  })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked' })
  revokedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When it was created' })
  createdAt!: Date;
}

@ObjectType({ description: 'A new API key: the token is shown this once' })
export class ApiKeyCreated {
  @Field(() => ApiKeyView, { description: 'The key' })
  apiKey!: ApiKeyView;

  @Field({ description: 'Send as `Authorization: Bearer <token>`; store it as a secret' })
  token!: string;
}

@InputType({ description: 'A new API key' })
export class CreateApiKeyInput {
  @Field({ description: 'A name to recognise it by' })
  name!: string;

  @Field(() => [ApiKeyScope], { description: 'READ, FILE or both' })
  scopes!: ApiKeyScope[];

  @Field(() => DateTimeScalar, { description: 'When it stops working (at most a year ahead)' })
  expiresAt!: Date;
}
