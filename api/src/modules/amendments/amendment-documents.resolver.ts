import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../shared/actor.js';
import { GraphQLUpload, type FileUpload } from '../documents/upload-middleware.js';
import { uploadPolicyTable } from '../documents/upload-policy.js';
import { AmendmentItem, DocumentType, ITEM_RULES } from './amendment-items.js';
import { DOCUMENT_LABELS, ITEM_LABELS } from './amendment-labels.js';
import { AmendmentDocumentsService } from './amendment-documents.service.js';
import { AmendmentDocumentView } from './amendments.types.js';
import { documentView } from './amendment-fields.resolver.js';
import { taipeiToday } from './amendment-fee.js';
import { itemFee } from '../fees/fee.js';

@ObjectType({ description: 'Limits one document type must meet, shown before upload' })
class DocumentRequirement {
  @Field(() => DocumentType, { description: 'The document' })
  type!: DocumentType;

  @Field({ description: 'Its name in the caller’s language' })
  label!: string;

  @Field(() => [String], { description: 'Accepted formats: PDF, JPEG, PNG' })
  allowedFormats!: string[];

  @Field({ description: 'For <input type="file" accept="…">' })
  accept!: string;

  @Field(() => Int, { description: 'Largest file accepted, in bytes' })
  maxBytes!: number;

  @Field(() => Int, { nullable: true, description: 'Smallest image width in pixels, if any' })
  minWidth!: number | null;

  @Field(() => Int, { nullable: true, description: 'Smallest image height in pixels, if any' })
  minHeight!: number | null;

  @Field({ description: 'The whole rule in one sentence, in the caller’s language' })
  summary!: string;
}

@ObjectType({ description: 'What one item of change costs when filed on its own, and why' })
class ItemFeeView {
  @Field(() => Int, { description: 'NT$ for most holders (0 when exempt or no card is printed)' })
  amount!: number;

  @Field(() => Int, { description: 'NT$ for Hong Kong and Macau residents' })
  amountHongKongMacau!: number;

  @Field({ description: 'Why, in the caller’s language (the rule of the fee schedule in force)' })
  explanation!: string;
}

@ObjectType({ description: 'What one item of change unlocks, needs and causes' })
class ItemRequirement {
  @Field(() => AmendmentItem, { description: 'The item' })
  item!: AmendmentItem;

  @Field({ description: 'Its name in the caller’s language' })
  label!: string;

  @Field(() => [String], {
    description: 'Wizard sections it unlocks (NAME, PASSPORT, RESIDENCE, …)',
  })
  unlocks!: string[];

  @Field(() => [DocumentRequirement], { description: 'Documents to upload, with their limits' })
  documents!: DocumentRequirement[];

  @Field({ description: 'Whether approval prints a new card' })
  printsCard!: boolean;

  @Field({ description: 'Whether an officer reviews it' })
  needsReview!: boolean;

  @Field(() => ItemFeeView, {
    description:
      'Its fee filed alone, today (several reissue items in one case pay one fee: see `feeQuote`)',
  })
  fee!: ItemFeeView;
}

@Resolver()
export class AmendmentDocumentsResolver {
  @Query(() => [ItemRequirement], {
    description:
      'Public: for each item, the documents needed and their limits (show before upload)',
  })
  amendmentRequirements(@Ctx() ctx: GraphQLContext): ItemRequirement[] {
    const en = ctx.locale === 'en';
    const limits = new Map(
      uploadPolicyTable(ctx.services.uploadLimits).map((d) => [d.documentType, d]),
    );
    const today = taipeiToday();
    return Object.values(AmendmentItem).map((item) => ({
      item,
      fee: itemFee(item, today, ctx.locale),
      label: en ? ITEM_LABELS[item].en : ITEM_LABELS[item].zhTw,
      unlocks: [...ITEM_RULES[item].unlocks],
      printsCard: ITEM_RULES[item].printsCard,
      needsReview: ITEM_RULES[item].needsReview,
      documents: ITEM_RULES[item].documents.map((type) => {
        const d = limits.get(type)!;
        return {
          type,
          label: en ? DOCUMENT_LABELS[type].en : DOCUMENT_LABELS[type].zhTw,
          allowedFormats: d.allowedFormats,
          accept: d.accept,
          maxBytes: d.maxBytes,
          minWidth: d.minWidth,
          minHeight: d.minHeight,
          summary: en ? d.summary.en : d.summary.zhTw,
        };
      }),
    }));
  }

  @Authorized(Role.APPLICANT, Role.EMPLOYER, Role.AGENCY)
  @Mutation(() => AmendmentDocumentView, {
    description:
      'Uploads a document (GraphQL multipart request; send the header `Apollo-Require-Preflight: true`). Limits: `amendmentRequirements`.',
  })
  async uploadAmendmentDocument(
    @Ctx() ctx: GraphQLContext,
    @Arg('amendmentId', () => ID, {
      description: 'The case (a draft or one waiting for documents)',
    })
    amendmentId: string,
    @Arg('type', () => DocumentType, { description: 'What the document is' }) type: DocumentType,
    @Arg('file', () => GraphQLUpload, { description: 'The file: PDF, JPEG or PNG' })
    file: Promise<FileUpload>,
  ): Promise<AmendmentDocumentView> {
    return documentView(
      await new AmendmentDocumentsService(ctx.em, ctx.services, ctx.actor).upload(
        amendmentId,
        type,
        file,
      ),
    );
  }

  @Authorized(Role.APPLICANT, Role.EMPLOYER, Role.AGENCY)
  @Mutation(() => Boolean, {
    description: 'Removes an uploaded document while the case can still change',
  })
  removeAmendmentDocument(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The document' }) id: string,
  ): Promise<boolean> {
    return new AmendmentDocumentsService(ctx.em, ctx.services, ctx.actor).remove(id);
  }
}
