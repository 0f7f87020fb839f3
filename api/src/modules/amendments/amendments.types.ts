import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Role } from '../../shared/actor.js';
import { Passport, ResidenceAddress } from '../cardholders/applicant.entity.js';
import { Sex } from '../cardholders/cardholders.enums.js';
import { AmendmentItem, DocumentType } from './amendment-items.js';
import { AmendmentStatus } from './amendment-status.js';

export enum FeeStatus {
  NOT_REQUIRED = 'NOT_REQUIRED',
  UNPAID = 'UNPAID',
  PAID = 'PAID',
}
registerEnumType(FeeStatus, {
  name: 'FeeStatus',
  description: 'NOT_REQUIRED: nothing to pay; UNPAID: payable (after approval); PAID',
});

@ObjectType({ description: 'One data amendment case (資料異動申請案)' })
export class Amendment {
  @Field(() => ID, { description: 'Stable identifier' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Application number, given at submit' })
  applicationNumber!: string | null;

  @Field(() => AmendmentStatus, { description: 'Where the case stands' })
  status!: AmendmentStatus;

  @Field(() => [AmendmentItem], { description: 'What changes' })
  items!: AmendmentItem[];

  @Field(() => Role, { description: 'In what role the filer acted' })
  filedByRole!: Role;

  @Field({ description: 'Version of the terms the filer accepted' })
  termsVersion!: string;

  @Field(() => Int, { description: 'Optimistic-locking version: pass it back to decide' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the draft was started' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When anything last changed' })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the draft was last edited' })
  lastEditedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was submitted' })
  submittedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was decided or withdrawn' })
  decidedAt!: Date | null;
}

@ObjectType({
  description: 'The amendable data: as registered (`current`) or as asked (`requested`)',
})
export class AmendmentValuesView {
  @Field({ description: 'English surname' })
  englishSurname!: string;

  @Field({ description: 'English given names' })
  englishGivenName!: string;

  @Field(() => String, { nullable: true, description: 'Chinese name' })
  chineseName!: string | null;

  @Field(() => Sex, { description: 'Sex' })
  sex!: Sex;

  @Field(() => Passport, { description: 'Passport' })
  passport!: Passport;

  @Field(() => ResidenceAddress, { description: 'Residence address' })
  residence!: ResidenceAddress;

  @Field(() => String, { nullable: true, description: 'Code of the collection place' })
  collectionPlaceCode!: string | null;

  @Field({ description: 'Email address' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Taiwan mobile number' })
  mobile!: string | null;
}

@ObjectType({ description: 'One changed value, before and after, for side-by-side review' })
export class AmendmentChange {
  @Field({ description: 'Which value, e.g. residence or englishSurname' })
  field!: string;

  @Field({ description: 'As registered (text)' })
  before!: string;

  @Field({ description: 'As requested (text)' })
  after!: string;
}

@ObjectType({ description: 'An uploaded document' })
export class AmendmentDocumentView {
  @Field(() => ID, { description: 'Stable identifier' })
  id!: string;

  @Field(() => DocumentType, { description: 'What the document is' })
  type!: DocumentType;

  @Field({ description: 'File name as uploaded (cleaned)' })
  originalName!: string;

  @Field({ description: 'Type detected from the file’s bytes' })
  mimeType!: string;

  @Field(() => Int, { description: 'Size in bytes' })
  size!: number;

  @Field({ description: 'SHA-256 of the bytes, hexadecimal' })
  sha256!: string;

  @Field(() => Int, { nullable: true, description: 'Image width in pixels' })
  width!: number | null;

  @Field(() => Int, { nullable: true, description: 'Image height in pixels' })
  height!: number | null;

  @Field(() => DateTimeScalar, { description: 'When it was uploaded' })
  uploadedAt!: Date;

  @Field({ description: 'Authorised download path (send the session cookie or bearer token)' })
  downloadUrl!: string;
}

@ObjectType({ description: 'One line of a fee' })
export class FeeLineView {
  @Field(() => AmendmentItem, { description: 'The item' })
  item!: AmendmentItem;

  @Field({ description: 'The item’s name in the caller’s language' })
  label!: string;

  @Field(() => Int, { description: 'Amount in New Taiwan dollars' })
  amount!: number;

  @Field({ description: 'Rule applied, e.g. CARD_REISSUE, EXEMPT_ADDRESS, INCLUDED_IN_REISSUE' })
  rule!: string;

  @Field({
    description:
      'Why this line costs what it does, in the caller’s language, for every line: the fee schedule’s reason for its rule (the reissue charge, an exemption by law, no card printed), or that it is included in the one reissue fee of the case',
  })
  explanation!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why nothing is owed, for exempt and free items only (null otherwise); `explanation` covers every line',
  })
  exemptionReason!: string | null;
}

@ObjectType('Fee', { description: 'The fee of an amendment (quoted for drafts, fixed at submit)' })
export class FeeView {
  @Field(() => Int, { description: 'Total in New Taiwan dollars' })
  amount!: number;

  @Field({ description: 'Always TWD' })
  currency!: string;

  @Field(() => FeeStatus, { description: 'Whether it is owed and paid' })
  status!: FeeStatus;

  @Field({
    description: 'Whether it can be paid now: fees fall due once the amendment is approved',
  })
  payable!: boolean;

  @Field({ description: 'Whether approving it prints a new card' })
  cardPrinted!: boolean;

  @Field({ description: 'Whether a receipt is issued (also for NT$0 exemptions)' })
  receiptIssued!: boolean;

  @Field(() => Int, { description: 'Version of the fee schedule applied' })
  scheduleVersion!: number;

  @Field(() => [FeeLineView], { description: 'One line per item' })
  lines!: FeeLineView[];
}

@ObjectType({ description: 'An event on the case’s timeline' })
export class AmendmentEventView {
  @Field(() => DateTimeScalar, { description: 'When it happened' })
  at!: Date;

  @Field({ description: 'CREATED, STATUS_CHANGED, DOCUMENT_ADDED, DOCUMENT_REMOVED or NOTE' })
  type!: string;

  @Field(() => AmendmentStatus, { nullable: true, description: 'Status before' })
  fromStatus!: AmendmentStatus | null;

  @Field(() => AmendmentStatus, { nullable: true, description: 'Status after' })
  toStatus!: AmendmentStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'The status after, in the caller’s language',
  })
  statusLabel!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Role of who did it (SYSTEM for automatic steps)',
  })
  actorRole!: string | null;

  @Field(() => String, { nullable: true, description: 'Note or reason given' })
  note!: string | null;

  /** Who did it (null for the system); read by `actorName`, not exposed itself. */
  actorAccountId!: string | null;
}

@ObjectType({ description: 'A document a case needs, and whether it has been uploaded' })
export class ChecklistEntry {
  @Field(() => DocumentType, { description: 'The document' })
  type!: DocumentType;

  @Field({ description: 'Its name in the caller’s language' })
  label!: string;

  @Field(() => Int, { description: 'How many files of this type are uploaded' })
  uploaded!: number;
}

@ObjectType('SupplementRequest', {
  description: 'What the officer asked for (補件): upload these, then `respondToSupplementRequest`',
})
export class SupplementRequestView {
  @Field(() => DateTimeScalar, { description: 'When the officer asked' })
  requestedAt!: Date;

  @Field({ description: 'The officer’s words: what is needed and why' })
  message!: string;

  @Field(() => [ChecklistEntry], {
    description: 'The documents asked for; `uploaded` counts the files sent since the request',
  })
  documents!: ChecklistEntry[];
}

@ObjectType({ description: 'Who filed a case' })
export class FilerView {
  @Field(() => ID, { description: 'Account id' })
  id!: string;

  @Field({ description: 'Display name' })
  displayName!: string;

  @Field(() => Role, { description: 'Role' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Organisation, for employers and agencies' })
  organisationName!: string | null;
}
