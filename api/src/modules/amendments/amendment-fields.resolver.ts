import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { Locale } from '../../shared/request-context.js';
import { Applicant } from '../cardholders/applicant.entity.js';
import { localized, ServiceCentreType } from '../reference/reference.types.js';
import { serviceCentre } from '../reference/service-centres.js';
import type { Amendment, AmendmentDocument } from './amendment.entity.js';
import { explainedLines, feeOf } from './amendment-fee.js';
import { joinedOf } from './joined-relations.js';
import type { AccountRef } from '../accounts/account-ref.js';
import { type DocumentType, requiredDocuments } from './amendment-items.js';
import { DOCUMENT_LABELS } from './amendment-labels.js';
import { AmendmentStatus, EDITABLE_STATUSES, STATUS_LABELS } from './amendment-status.js';

const DUE_STATUSES: readonly AmendmentStatus[] = [
  AmendmentStatus.APPROVED,
  AmendmentStatus.CARD_READY,
];
import { type AmendmentValues, changedKeys } from './amendment-values.js';
import {
  AmendmentChange,
  AmendmentDocumentView,
  AmendmentEventView,
  Amendment as AmendmentType,
  AmendmentValuesView,
  ChecklistEntry,
  FeeStatus,
  FeeView,
  FilerView,
  SupplementRequestView,
} from './amendments.types.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export function feeViewOf(amendment: Amendment, locale: Locale): FeeView {
  const quote = feeOf(amendment, locale);
  const status =
    quote.amount === 0
      ? FeeStatus.NOT_REQUIRED
      : amendment.feePaidAt
        ? FeeStatus.PAID
        : FeeStatus.UNPAID;
  return {
    amount: quote.amount,
    currency: 'TWD',
    status,
    payable: status === FeeStatus.UNPAID && DUE_STATUSES.includes(amendment.status),
    cardPrinted: quote.cardPrinted,
    receiptIssued: quote.required,
    scheduleVersion: quote.scheduleVersion,
    lines: explainedLines(quote, locale),
  };
}

/** A stored document as the API shows it (GraphQL and the streaming upload route). */
export function documentView(d: AmendmentDocument): AmendmentDocumentView {
  return {
    id: d.id,
    type: d.type as DocumentType,
    originalName: d.originalName,
    mimeType: d.mimeType,
    size: d.size,
    sha256: d.sha256,
    width: d.width ?? null,
    height: d.height ?? null,
    uploadedAt: d.uploadedAt,
    downloadUrl: `/documents/${d.id}`,
  };
}

/** One value as people read it (JSON from the database has no dependable key order). */
function text(field: keyof AmendmentValues, values: AmendmentValues): string {
  const v = values[field];
  if (v === null || v === undefined) return '';
  if (field === 'residence') {
    const r = values.residence;
    return `${r.postalCode ?? ''} ${r.city}${r.district}${r.line}`.trim();
  }
  if (field === 'passport') {
    const p = values.passport;
    return `${p.number} (${p.issuingCountryCode}) ${p.issueDate} – ${p.expiryDate}`;
  }
  return typeof v === 'string' ? v : JSON.stringify(v);
}

@Resolver(() => AmendmentType)
export class AmendmentFieldsResolver {
  @FieldResolver(() => Applicant, { description: 'The holder the case is about' })
  applicant(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): Applicant | Promise<Applicant> {
    return (
      joinedOf(a)?.applicant ??
      ctx.loaders.applicantById.load(a.applicant.id).then((found) => found!)
    );
  }

  @FieldResolver(() => AmendmentValuesView, {
    description: 'The holder’s data when the draft started',
  })
  current(@Root() a: Amendment): AmendmentValues {
    return a.current;
  }

  @FieldResolver(() => AmendmentValuesView, { description: 'The data as the filer asks it to be' })
  requested(@Root() a: Amendment): AmendmentValues {
    return a.requested;
  }

  @FieldResolver(() => [AmendmentChange], { description: 'Only what differs, before and after' })
  changes(@Root() a: Amendment): AmendmentChange[] {
    return changedKeys(a.current, a.requested).map((field) => ({
      field,
      before: text(field, a.current),
      after: text(field, a.requested),
    }));
  }

  @FieldResolver(() => [AmendmentDocumentView], { description: 'Uploaded documents' })
  async documents(
    @Root() a: Amendment,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AmendmentDocumentView[]> {
    return (await ctx.loaders.documentsByAmendment.load(a.id)).map(documentView);
  }

  @FieldResolver(() => [ChecklistEntry], {
    description: 'The documents the selected items need, and how many of each are uploaded',
  })
  async checklist(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): Promise<ChecklistEntry[]> {
    const docs = await ctx.loaders.documentsByAmendment.load(a.id);
    return requiredDocuments(a.items).map((type) => ({
      type,
      label: ctx.locale === 'en' ? DOCUMENT_LABELS[type].en : DOCUMENT_LABELS[type].zhTw,
      uploaded: docs.filter((d) => d.type === (type as string)).length,
    }));
  }

  @FieldResolver(() => SupplementRequestView, {
    nullable: true,
    description:
      'While the case waits for more documents (SUPPLEMENT_REQUESTED): what the officer asked for; null otherwise',
  })
  async supplementRequest(
    @Root() a: Amendment,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SupplementRequestView | null> {
    if (a.status !== AmendmentStatus.SUPPLEMENT_REQUESTED || !a.supplementRequestedAt) return null;
    const since = a.supplementRequestedAt;
    const requested = a.requestedDocuments ?? [];
    const [events, docs] = await Promise.all([
      ctx.loaders.eventsByAmendment.load(a.id),
      ctx.loaders.documentsByAmendment.load(a.id),
    ]);
    const asked = events.findLast((e) => e.toStatus === AmendmentStatus.SUPPLEMENT_REQUESTED);
    // The timeline's note is the officer's text followed by the types asked for, in brackets
    // (review-decision.service.ts): only the words are for people.
    const suffix = ` [${requested.join(', ')}]`;
    const note = asked?.note ?? '';
    return {
      requestedAt: since,
      message: note.endsWith(suffix) ? note.slice(0, -suffix.length) : note,
      documents: requested.map((type) => ({
        type,
        label: ctx.locale === 'en' ? DOCUMENT_LABELS[type].en : DOCUMENT_LABELS[type].zhTw,
        uploaded: docs.filter((d) => d.type === (type as string) && d.uploadedAt > since).length,
      })),
    };
  }

  @FieldResolver(() => FeeView, { description: 'The fee: quoted live for drafts, fixed at submit' })
  fee(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): FeeView {
    return feeViewOf(a, ctx.locale);
  }

  @FieldResolver(() => [AmendmentEventView], { description: 'The timeline, oldest first' })
  async events(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): Promise<AmendmentEventView[]> {
    const events = await ctx.loaders.eventsByAmendment.load(a.id);
    return events.map((e) => ({
      at: e.at,
      type: e.type,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      statusLabel: e.toStatus
        ? STATUS_LABELS[e.toStatus][ctx.locale === 'en' ? 'en' : 'zhTw']
        : null,
      actorRole: e.actorRole ?? null,
      note: e.note ?? null,
      actorAccountId: e.actorAccountId ?? null,
    }));
  }

  @FieldResolver(() => String, { description: 'The status in the caller’s language' })
  statusLabel(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): string {
    return STATUS_LABELS[a.status][ctx.locale === 'en' ? 'en' : 'zhTw'];
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'For drafts: when it will be deleted unless edited again',
  })
  draftExpiresAt(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): Date | null {
    if (!EDITABLE_STATUSES.includes(a.status) || a.submittedAt) return null;
    return new Date(a.lastEditedAt.getTime() + ctx.services.config.draftRetentionDays * 86_400_000);
  }

  @FieldResolver(() => FilerView, { description: 'Who filed the case' })
  filedBy(@Root() a: Amendment, @Ctx() ctx: GraphQLContext): FilerView | Promise<FilerView> {
    const view = (account: AccountRef): FilerView => ({
      id: account.id,
      displayName: account.displayName,
      role: account.role,
      organisationName: account.organisationName ?? null,
    });
    const joined = joinedOf(a)?.filedBy;
    return joined
      ? view(joined)
      : ctx.loaders.accountById.load(a.filedBy.id).then((account) => view(account!));
  }
}

@Resolver(() => AmendmentValuesView)
export class AmendmentValuesResolver {
  @FieldResolver(() => ServiceCentreType, {
    nullable: true,
    description: 'Where to collect the card',
  })
  collectionPlace(
    @Root() v: AmendmentValues,
    @Ctx() ctx: GraphQLContext,
  ): ServiceCentreType | null {
    const centre = v.collectionPlaceCode ? serviceCentre(v.collectionPlaceCode) : undefined;
    return centre ? localized(centre, ctx.locale) : null;
  }
}
