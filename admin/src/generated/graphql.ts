/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD (Gregorian), e.g. 1985-04-12 */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 form with a UTC offset, e.g. 2026-11-27T08:30:00.000Z */
  DateTime: { input: string; output: string; }
  Upload: { input: File; output: File; }
};

/** A login account as its owner (or a supervisor) sees it */
export type Account = {
  __typename?: 'Account';
  /** Account name (lower case) */
  accountName: Scalars['String']['output'];
  /** The holder an applicant account acts for, once bound */
  applicantId?: Maybe<Scalars['ID']['output']>;
  /** Name shown to officers and in emails */
  displayName: Scalars['String']['output'];
  /** Email address for notices and recovery */
  email: Scalars['String']['output'];
  /** Whether the email address has been confirmed */
  emailVerified: Scalars['Boolean']['output'];
  /** Stable identifier */
  id: Scalars['ID']['output'];
  /** Language for emails: zh-TW or en */
  locale: Scalars['String']['output'];
  /** Company, for employers and agencies */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** When the password was last set */
  passwordChangedAt: Scalars['DateTime']['output'];
  /** When the password must be changed by (empty when passwords do not expire) */
  passwordExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the account may do */
  role: Role;
};

/** One page of accounts */
export type AccountPage = {
  __typename?: 'AccountPage';
  /** The accounts on this page */
  items: Array<Account>;
  /** Accounts matching */
  total: Scalars['Int']['output'];
};

/** One data amendment case (資料異動申請案) */
export type Amendment = {
  __typename?: 'Amendment';
  /** The holder the case is about */
  applicant: Applicant;
  /** Application number, given at submit */
  applicationNumber?: Maybe<Scalars['String']['output']>;
  /** The officer working on the case */
  assignedOfficer?: Maybe<StaffRef>;
  /** Only what differs, before and after */
  changes: Array<AmendmentChange>;
  /** The documents the selected items need, and how many of each are uploaded */
  checklist: Array<ChecklistEntry>;
  /** When the draft was started */
  createdAt: Scalars['DateTime']['output'];
  /** The holder’s data when the draft started */
  current: AmendmentValuesView;
  /** When it was decided or withdrawn */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Uploaded documents */
  documents: Array<AmendmentDocumentView>;
  /** For drafts: when it will be deleted unless edited again */
  draftExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The timeline, oldest first */
  events: Array<AmendmentEventView>;
  /** The fee: quoted live for drafts, fixed at submit */
  fee: Fee;
  /** Who filed the case */
  filedBy: FilerView;
  /** In what role the filer acted */
  filedByRole: Role;
  /** Stable identifier */
  id: Scalars['ID']['output'];
  /** What changes */
  items: Array<AmendmentItem>;
  /** When the draft was last edited */
  lastEditedAt: Scalars['DateTime']['output'];
  /** Waiting for an officer longer than the service level */
  overdue: Scalars['Boolean']['output'];
  /** The data as the filer asks it to be */
  requested: AmendmentValuesView;
  /** Where the case stands */
  status: AmendmentStatus;
  /** The status in the caller’s language */
  statusLabel: Scalars['String']['output'];
  /** When it was submitted */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Version of the terms the filer accepted */
  termsVersion: Scalars['String']['output'];
  /** When anything last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version: pass it back to decide */
  version: Scalars['Int']['output'];
};

/** One changed value, before and after, for side-by-side review */
export type AmendmentChange = {
  __typename?: 'AmendmentChange';
  /** As requested (text) */
  after: Scalars['String']['output'];
  /** As registered (text) */
  before: Scalars['String']['output'];
  /** Which value, e.g. residence or englishSurname */
  field: Scalars['String']['output'];
};

/** An uploaded document */
export type AmendmentDocumentView = {
  __typename?: 'AmendmentDocumentView';
  /** Authorised download path (send the session cookie or bearer token) */
  downloadUrl: Scalars['String']['output'];
  /** Image height in pixels */
  height?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier */
  id: Scalars['ID']['output'];
  /** Type detected from the file’s bytes */
  mimeType: Scalars['String']['output'];
  /** File name as uploaded (cleaned) */
  originalName: Scalars['String']['output'];
  /** SHA-256 of the bytes, hexadecimal */
  sha256: Scalars['String']['output'];
  /** Size in bytes */
  size: Scalars['Int']['output'];
  /** What the document is */
  type: DocumentType;
  /** When it was uploaded */
  uploadedAt: Scalars['DateTime']['output'];
  /** Image width in pixels */
  width?: Maybe<Scalars['Int']['output']>;
};

/** An event on the case’s timeline */
export type AmendmentEventView = {
  __typename?: 'AmendmentEventView';
  /** Role of who did it (SYSTEM for automatic steps) */
  actorRole?: Maybe<Scalars['String']['output']>;
  /** When it happened */
  at: Scalars['DateTime']['output'];
  /** Status before */
  fromStatus?: Maybe<AmendmentStatus>;
  /** Note or reason given */
  note?: Maybe<Scalars['String']['output']>;
  /** The status after, in the caller’s language */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /** Status after */
  toStatus?: Maybe<AmendmentStatus>;
  /** CREATED, STATUS_CHANGED, DOCUMENT_ADDED, DOCUMENT_REMOVED or NOTE */
  type: Scalars['String']['output'];
};

/** Filters of the officers’ case list; all given filters must match */
export type AmendmentFilter = {
  /** Cases assigned to this officer (account id) */
  assignedOfficerId?: InputMaybe<Scalars['String']['input']>;
  /** Mine, unassigned or any */
  assignment?: InputMaybe<AssignmentFilter>;
  /** Holder: a UI number (current or earlier, exact) or part of a name */
  holder?: InputMaybe<Scalars['String']['input']>;
  /** Cases that change this item */
  item?: InputMaybe<AmendmentItem>;
  /** Only cases waiting longer than the service level */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these statuses */
  status?: InputMaybe<Array<AmendmentStatus>>;
  /** Submitted at or after */
  submittedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Submitted before */
  submittedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One kind of change an amendment asks for */
export type AmendmentItem =
  /** Where to collect the card (領證地點) */
  | 'COLLECTION_PLACE'
  /** Email address */
  | 'EMAIL'
  /** Taiwan mobile number (手機號碼) */
  | 'MOBILE'
  /** Chinese or English name (中英文姓名) */
  | 'NAME'
  /** Passport number and dates (護照號碼) */
  | 'PASSPORT'
  /** Residence address in Taiwan (居留地址) */
  | 'RESIDENCE_ADDRESS'
  /** Sex (性別) */
  | 'SEX'
  /** Switch to the new-format UI number (no extra fee) */
  | 'UI_NUMBER_NEW_FORMAT'
  /** New UI number for personal reasons, e.g. an indecent meaning */
  | 'UI_NUMBER_PERSONAL_REASON';

/** One page of cases */
export type AmendmentPage = {
  __typename?: 'AmendmentPage';
  /** The cases on this page */
  items: Array<Amendment>;
  /** Cases matching the filter */
  total: Scalars['Int']['output'];
};

/** How to sort the case list */
export type AmendmentSort = {
  /** Column */
  field: AmendmentSortField;
  /** Direction */
  order?: SortOrder;
};

/** Columns the case list sorts by */
export type AmendmentSortField =
  | 'APPLICATION_NUMBER'
  | 'CREATED_AT'
  | 'STATUS'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

/** The officers’ dashboard figures */
export type AmendmentStats = {
  __typename?: 'AmendmentStats';
  /** Cases by status (drafts excluded) */
  byStatus: Array<StatusCount>;
  /** Cases assigned to the caller and waiting for them */
  myQueue: Scalars['Int']['output'];
  /** Cases waiting longer than the service level */
  overdue: Scalars['Int']['output'];
  /** Submitted cases nobody has claimed */
  unassigned: Scalars['Int']['output'];
};

/** Where an amendment stands; every change of status is an event on its timeline */
export type AmendmentStatus =
  /** Approved; the registered data is updated */
  | 'APPROVED'
  /** The new card has been collected */
  | 'CARD_COLLECTED'
  /** The new card is ready for collection */
  | 'CARD_READY'
  /** Being prepared; kept 30 days after the last change */
  | 'DRAFT'
  /** Rejected, with a reason */
  | 'REJECTED'
  /** Filed, waiting for an officer */
  | 'SUBMITTED'
  /** The officer asked for more documents (補件) */
  | 'SUPPLEMENT_REQUESTED'
  /** An officer is reviewing it */
  | 'UNDER_REVIEW'
  /** Withdrawn by the filer before a decision */
  | 'WITHDRAWN';

/** The amendable data: as registered (`current`) or as asked (`requested`) */
export type AmendmentValuesView = {
  __typename?: 'AmendmentValuesView';
  /** Chinese name */
  chineseName?: Maybe<Scalars['String']['output']>;
  /** Where to collect the card */
  collectionPlace?: Maybe<ServiceCentre>;
  /** Code of the collection place */
  collectionPlaceCode?: Maybe<Scalars['String']['output']>;
  /** Email address */
  email: Scalars['String']['output'];
  /** English given names */
  englishGivenName: Scalars['String']['output'];
  /** English surname */
  englishSurname: Scalars['String']['output'];
  /** Taiwan mobile number */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Passport */
  passport: Passport;
  /** Residence address */
  residence: ResidenceAddress;
  /** Sex */
  sex: Sex;
};

/** A Gold Card holder (就業金卡持卡人) as registered with the National Immigration Agency. Visible to the holder, parties acting for them under a mandate, and officers. */
export type Applicant = {
  __typename?: 'Applicant';
  /** Birth date (Gregorian) */
  birthDate: Scalars['Date']['output'];
  /** City of birth */
  birthplaceCity: Scalars['String']['output'];
  /** Country of birth */
  birthplaceCountry: Country;
  /** Every card issued to the holder, newest first */
  cards: Array<Card>;
  /** Chinese name (中文姓名), if any */
  chineseName?: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTime']['output'];
  /** The active card, if any */
  currentCard?: Maybe<Card>;
  /** Highest education completed */
  education: Education;
  /** Email address for notices */
  email: Scalars['String']['output'];
  /** English given names as in the passport, upper case */
  englishGivenName: Scalars['String']['output'];
  /** English surname as in the passport, upper case */
  englishSurname: Scalars['String']['output'];
  /** Address in the home country */
  homeCountryAddress: Scalars['String']['output'];
  /** Telephone in the home country, international format */
  homeCountryPhone: Scalars['String']['output'];
  /** Hong Kong or Macau resident (different fee schedule) */
  hongKongMacauResident: Scalars['Boolean']['output'];
  /** Stable identifier of the holder record */
  id: Scalars['ID']['output'];
  /** Marital status */
  maritalStatus: MaritalStatus;
  /** Taiwan mobile number, 09 + 8 digits */
  mobile?: Maybe<Scalars['String']['output']>;
  /** Nationality (cannot be amended) */
  nationality: Country;
  /** Occupation (職業) */
  occupation: Scalars['String']['output'];
  /** Another nationality, if any */
  otherNationality?: Maybe<Country>;
  /** Current passport */
  passport: Passport;
  /** Residence address in Taiwan */
  residence: ResidenceAddress;
  /** Sex (性別) */
  sex: Sex;
  /** Current UI number (統一證號); earlier ones are in `uiNumbers` */
  uiNumber: Scalars['String']['output'];
  /** Every UI number the holder has had, newest first (the current one included) */
  uiNumbers: Array<ApplicantUiNumber>;
  /** When the record last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-locking version */
  version: Scalars['Int']['output'];
};

/** Filters for the officers’ holder search; all given filters must match */
export type ApplicantFilter = {
  /** Part of the English surname, given name or Chinese name (case-insensitive) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Nationality, ISO 3166-1 alpha-2 */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** Passport number, exact (case-insensitive) */
  passportNumber?: InputMaybe<Scalars['String']['input']>;
  /** Current or earlier UI number, exact (case-insensitive) */
  uiNumber?: InputMaybe<Scalars['String']['input']>;
};

/** One page of holders */
export type ApplicantPage = {
  __typename?: 'ApplicantPage';
  /** The holders on this page */
  items: Array<Applicant>;
  /** Number of holders matching the filter */
  total: Scalars['Int']['output'];
};

/** A UI number a holder has or had */
export type ApplicantUiNumber = {
  __typename?: 'ApplicantUiNumber';
  /** Day the number was assigned */
  assignedOn: Scalars['Date']['output'];
  /** Old or new format */
  format: UiNumberFormat;
  /** Day it was replaced; empty if current */
  replacedOn?: Maybe<Scalars['Date']['output']>;
  /** Why it was replaced: NEW_FORMAT or PERSONAL_REASON */
  replacedReason?: Maybe<Scalars['String']['output']>;
  /** The UI number */
  uiNumber: Scalars['String']['output'];
};

/** ANY: all cases; MINE: assigned to the caller; UNASSIGNED: nobody has claimed them */
export type AssignmentFilter =
  | 'ANY'
  | 'MINE'
  | 'UNASSIGNED';

/** Who did what to which record, when and from where */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened, e.g. amendment.approve */
  action: Scalars['String']['output'];
  /** The account that acted */
  actorAccountId?: Maybe<Scalars['ID']['output']>;
  /** PERSON, SYSTEM or ANONYMOUS */
  actorKind: Scalars['String']['output'];
  /** Its role at the time */
  actorRole?: Maybe<Scalars['String']['output']>;
  /** When */
  at: Scalars['DateTime']['output'];
  /** Changed fields, as JSON {field: {before, after}} */
  changes?: Maybe<Scalars['String']['output']>;
  /** Other details, as JSON */
  detail?: Maybe<Scalars['String']['output']>;
  /** The record’s id */
  entityId?: Maybe<Scalars['String']['output']>;
  /** Kind of record */
  entityType?: Maybe<Scalars['String']['output']>;
  /** Identifier */
  id: Scalars['ID']['output'];
  /** Caller’s IP address */
  ip?: Maybe<Scalars['String']['output']>;
  /** Request id (also in the logs) */
  requestId?: Maybe<Scalars['String']['output']>;
  /** False for refused or failed attempts */
  success: Scalars['Boolean']['output'];
};

/** Filters of the audit trail; all given filters must match */
export type AuditEventFilter = {
  /** Action, or its prefix ending in a dot (e.g. auth.) */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Who acted (account id) */
  actorAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** The record’s id */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** Kind of record, e.g. Amendment, Applicant, Account */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** At or after */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One page of the audit trail */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** Events, newest first */
  items: Array<AuditEvent>;
  /** Events matching the filter */
  total: Scalars['Int']['output'];
};

/** A single-use image challenge for login and registration */
export type Captcha = {
  __typename?: 'Captcha';
  /** After this the answer is refused */
  expiresAt: Scalars['DateTime']['output'];
  /** Send back as `captchaId` */
  id: Scalars['String']['output'];
  /** The image, as a `data:image/svg+xml;base64,…` URL */
  image: Scalars['String']['output'];
};

/** One printed Employment Gold Card (就業金卡) */
export type Card = {
  __typename?: 'Card';
  /** Where to collect it */
  collectionPlace?: Maybe<ServiceCentre>;
  /** Field of expertise the card was granted under */
  fieldOfExpertise?: Maybe<FieldOfExpertise>;
  /** Stable identifier of the card record */
  id: Scalars['ID']['output'];
  /** When the card was printed */
  issuedAt: Scalars['DateTime']['output'];
  /** Active, superseded or revoked */
  status: CardStatus;
  /** UI number printed on this card */
  uiNumber: Scalars['String']['output'];
  /** First day of validity */
  validFrom: Scalars['Date']['output'];
  /** Last day of validity (cards are valid 1–3 years) */
  validUntil: Scalars['Date']['output'];
};

/** Lifecycle of one printed card */
export type CardStatus =
  /** The card the holder carries now */
  | 'ACTIVE'
  /** Withdrawn by the agency */
  | 'REVOKED'
  /** Replaced by a newer card after an amendment */
  | 'SUPERSEDED';

/** A document a case needs, and whether it has been uploaded */
export type ChecklistEntry = {
  __typename?: 'ChecklistEntry';
  /** Its name in the caller’s language */
  label: Scalars['String']['output'];
  /** The document */
  type: DocumentType;
  /** How many files of this type are uploaded */
  uploaded: Scalars['Int']['output'];
};

/** A country or area, ISO 3166-1 alpha-2 */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 code, e.g. JP */
  code: Scalars['String']['output'];
  /** Name in the caller's language (Accept-Language) */
  name: Scalars['String']['output'];
  /** Name in English */
  nameEn: Scalars['String']['output'];
  /** Name in Traditional Chinese as used in Taiwan */
  nameZhTw: Scalars['String']['output'];
};

/** A staff account, created by a supervisor */
export type CreateStaffAccountInput = {
  /** Account name: 4–64 letters, digits, dot, hyphen or underscore */
  account: Scalars['String']['input'];
  /** Name shown in the console and the audit trail */
  displayName: Scalars['String']['input'];
  /** Work email address */
  email: Scalars['String']['input'];
  /** OFFICER or SUPERVISOR */
  role: Role;
};

/** What an uploaded document is */
export type DocumentType =
  /** Both sides of the current Gold Card */
  | 'CURRENT_CARD'
  /** Receipt of a fine paid for late filing */
  | 'FINE_RECEIPT'
  /** Signed power of attorney for an agency or employer */
  | 'MANDATE'
  /** Official proof of the name change */
  | 'NAME_CHANGE_PROOF'
  /** Anything else an officer asked for */
  | 'OTHER'
  /** Data page of the (new) passport */
  | 'PASSPORT'
  /** Photo taken within the last 6 months, at least 413×531 px */
  | 'PHOTO'
  /** Lease, or water or electricity bill, in the holder’s name */
  | 'PROOF_OF_ADDRESS'
  /** Official proof of the change of sex */
  | 'SEX_CHANGE_PROOF'
  /** Signed statement of the reason for a new UI number */
  | 'UI_NUMBER_CHANGE_STATEMENT';

/** Highest education completed (最高學歷) */
export type Education =
  | 'ASSOCIATE'
  | 'BACHELOR'
  | 'DOCTORATE'
  | 'MASTER'
  | 'OTHER'
  | 'SECONDARY';

/** The fee of an amendment (quoted for drafts, fixed at submit) */
export type Fee = {
  __typename?: 'Fee';
  /** Total in New Taiwan dollars */
  amount: Scalars['Int']['output'];
  /** Whether approving it prints a new card */
  cardPrinted: Scalars['Boolean']['output'];
  /** Always TWD */
  currency: Scalars['String']['output'];
  /** One line per item */
  lines: Array<FeeLineView>;
  /** Whether a receipt is issued (also for NT$0 exemptions) */
  receiptIssued: Scalars['Boolean']['output'];
  /** Version of the fee schedule applied */
  scheduleVersion: Scalars['Int']['output'];
  /** Whether it is owed and paid */
  status: FeeStatus;
};

/** One line of a fee */
export type FeeLineView = {
  __typename?: 'FeeLineView';
  /** Amount in New Taiwan dollars */
  amount: Scalars['Int']['output'];
  /** Why nothing is owed, when exempt */
  exemptionReason?: Maybe<Scalars['String']['output']>;
  /** The item */
  item: AmendmentItem;
  /** Rule applied, e.g. CARD_REISSUE, EXEMPT_ADDRESS, INCLUDED_IN_REISSUE */
  rule: Scalars['String']['output'];
};

/** NOT_REQUIRED: nothing to pay; UNPAID: payable (after approval); PAID */
export type FeeStatus =
  | 'NOT_REQUIRED'
  | 'PAID'
  | 'UNPAID';

/** A field of expertise (專業領域) a Gold Card is granted under */
export type FieldOfExpertise = {
  __typename?: 'FieldOfExpertise';
  /** Stable code, e.g. SCIENCE_TECHNOLOGY */
  code: Scalars['String']['output'];
  /** Version of the official list this entry belongs to */
  listVersion: Scalars['Int']['output'];
  /** Name in the caller's language */
  name: Scalars['String']['output'];
  /** Name in English */
  nameEn: Scalars['String']['output'];
  /** Name in Traditional Chinese */
  nameZhTw: Scalars['String']['output'];
};

/** Who filed a case */
export type FilerView = {
  __typename?: 'FilerView';
  /** Display name */
  displayName: Scalars['String']['output'];
  /** Account id */
  id: Scalars['ID']['output'];
  /** Organisation, for employers and agencies */
  organisationName?: Maybe<Scalars['String']['output']>;
  /** Role */
  role: Role;
};

/** Credentials and the captcha shown on the login page */
export type LoginInput = {
  /** Account name (case-insensitive) */
  account: Scalars['String']['input'];
  /** The characters shown in the captcha image */
  captchaAnswer: Scalars['String']['input'];
  /** Id of the captcha from `captcha` */
  captchaId: Scalars['String']['input'];
  /** Browsers: true sets an HttpOnly session cookie and leaves `Session.token` empty. Other clients: false returns the token for `Authorization: Bearer`. */
  cookie?: Scalars['Boolean']['input'];
  /** Password */
  password: Scalars['String']['input'];
};

/** Marital status (婚姻狀況) */
export type MaritalStatus =
  | 'DIVORCED'
  | 'MARRIED'
  | 'SINGLE'
  | 'WIDOWED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Records that the caller accepts a terms version */
  acceptAmendmentTerms: TermsAcceptanceView;
  /** Approves: the register is updated and a new card issued if needed */
  approveAmendment: Amendment;
  /** Changes the password; ends the account’s other sessions and lifts a restriction */
  changePassword: Account;
  /** Takes a submitted case: the caller becomes its officer */
  claimAmendment: Amendment;
  /** Supervisors: creates an officer or supervisor account */
  createStaffAccount: StaffAccountCreated;
  /** Logs in with account name, password and captcha */
  login: Session;
  /** Ends the current session (true if there was one) */
  logout: Scalars['Boolean']['output'];
  /** The new card has been collected: the case is closed */
  markCardCollected: Amendment;
  /** The new card is ready for collection (fee paid first) */
  markCardReady: Amendment;
  /** Supervisors: assigns a case to an officer */
  reassignAmendment: Amendment;
  /** Emails the account name used with this address */
  recoverAccountName: RequestAccepted;
  /** Registers an applicant, employer or agency account */
  register: RequestAccepted;
  /** Rejects, with a reason sent to the filer */
  rejectAmendment: Amendment;
  /** Gives a claimed case back to the queue */
  releaseAmendment: Amendment;
  /** Emails a link to set a new password (also unlocks) */
  requestPasswordReset: RequestAccepted;
  /** Asks the filer for more documents (補件) */
  requestSupplement: Amendment;
  /** Sends a new verification link */
  resendVerificationEmail: RequestAccepted;
  /** Sets a new password with the emailed token */
  resetPassword: RequestAccepted;
  /** Sends the case back to the officer after uploading what was asked */
  respondToSupplementRequest: Amendment;
  /** Saves any subset of the wizard’s tabs (drafts survive logout) */
  saveAmendmentDraft: Amendment;
  /** Opens a DRAFT for a holder, prefilled with their data */
  startAmendment: Amendment;
  /** Files the draft and gives it an application number. Retrying with the same key is safe. */
  submitAmendment: Amendment;
  uploadAmendmentDocument: AmendmentDocumentView;
  /** Confirms an email address with the emailed token */
  verifyEmail: RequestAccepted;
  /** Withdraws a case before it is decided */
  withdrawAmendment: Amendment;
};


export type MutationAcceptAmendmentTermsArgs = {
  version: Scalars['String']['input'];
};


export type MutationApproveAmendmentArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationClaimAmendmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkCardCollectedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkCardReadyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReassignAmendmentArgs = {
  id: Scalars['ID']['input'];
  officerId: Scalars['ID']['input'];
};


export type MutationRecoverAccountNameArgs = {
  email: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRejectAmendmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReleaseAmendmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestSupplementArgs = {
  documents: Array<DocumentType>;
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResendVerificationEmailArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRespondToSupplementRequestArgs = {
  amendmentId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveAmendmentDraftArgs = {
  id: Scalars['ID']['input'];
  input: SaveAmendmentDraftInput;
};


export type MutationStartAmendmentArgs = {
  input: StartAmendmentInput;
};


export type MutationSubmitAmendmentArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
};


export type MutationUploadAmendmentDocumentArgs = {
  amendmentId: Scalars['ID']['input'];
  file: Scalars['Upload']['input'];
  type: DocumentType;
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationWithdrawAmendmentArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Name as in the passport, and the Chinese name if any */
export type NameInput = {
  /** Chinese name, or empty for none */
  chineseName?: InputMaybe<Scalars['String']['input']>;
  /** English given names, capital letters */
  englishGivenName: Scalars['String']['input'];
  /** English surname, capital letters */
  englishSurname: Scalars['String']['input'];
};

/** Passport data as registered (護照資料) */
export type Passport = {
  __typename?: 'Passport';
  /** Date of expiry */
  expiryDate: Scalars['Date']['output'];
  /** Date of issue */
  issueDate: Scalars['Date']['output'];
  /** Issuing country */
  issuingCountry: Country;
  /** Passport number */
  number: Scalars['String']['output'];
};

/** The new passport */
export type PassportInput = {
  /** Date of expiry: at least 6 months ahead */
  expiryDate: Scalars['Date']['input'];
  /** Date of issue */
  issueDate: Scalars['Date']['input'];
  /** Issuing country, ISO 3166-1 alpha-2 */
  issuingCountry: Scalars['String']['input'];
  /** Passport number */
  number: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One case, to its filer, its holder or an officer */
  amendment: Amendment;
  /** One case by its application number */
  amendmentByApplicationNumber: Amendment;
  /** Officers: dashboard figures */
  amendmentStats: AmendmentStats;
  /** The current amendment terms (13 clauses), public */
  amendmentTerms: Terms;
  /** Officers: the case list, filtered, sorted and paged */
  amendments: AmendmentPage;
  /** One holder, to officers or to the holder themself */
  applicant: Applicant;
  /** Officers: search holders, sorted by English name */
  applicants: ApplicantPage;
  /** Supervisors: the audit trail */
  auditEvents: AuditEventPage;
  /** A new captcha for the login or registration form */
  captcha: Captcha;
  /** Checks the shape and check digit of a UI number (no lookup, public) */
  checkUiNumber: UiNumberCheckResult;
  /** Places where a card can be collected */
  collectionPlaces: Array<ServiceCentre>;
  /** Countries and areas (ISO 3166-1) for nationality fields */
  countries: Array<Country>;
  /** The fee of a case: a live quote for drafts, fixed once submitted */
  feeQuote: Fee;
  /** Fields of expertise in force on a day (default today), in official order */
  fieldsOfExpertise: Array<FieldOfExpertise>;
  /** The account logged in */
  me: Account;
  /** The caller’s cases, newest first */
  myAmendments: Array<Amendment>;
  /** The current session, for the logout countdown (empty when not logged in). Does not extend it. */
  session?: Maybe<Session>;
  /** Supervisors: officer and supervisor accounts, by name */
  staffAccounts: AccountPage;
  /** The 22 cities and counties of Taiwan with their districts and postal codes, in postal-code order, for addresses */
  taiwanCities: Array<TaiwanCity>;
};


export type QueryAmendmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAmendmentByApplicationNumberArgs = {
  applicationNumber: Scalars['String']['input'];
};


export type QueryAmendmentTermsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAmendmentsArgs = {
  filter?: InputMaybe<AmendmentFilter>;
  page?: Scalars['Int']['input'];
  perPage?: Scalars['Int']['input'];
  sort?: InputMaybe<AmendmentSort>;
};


export type QueryApplicantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicantsArgs = {
  filter?: InputMaybe<ApplicantFilter>;
  page?: Scalars['Int']['input'];
  perPage?: Scalars['Int']['input'];
};


export type QueryAuditEventsArgs = {
  filter?: InputMaybe<AuditEventFilter>;
  page?: Scalars['Int']['input'];
  perPage?: Scalars['Int']['input'];
};


export type QueryCheckUiNumberArgs = {
  uiNumber: Scalars['String']['input'];
};


export type QueryFeeQuoteArgs = {
  amendmentId: Scalars['ID']['input'];
};


export type QueryFieldsOfExpertiseArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryStaffAccountsArgs = {
  page?: Scalars['Int']['input'];
  perPage?: Scalars['Int']['input'];
};

/** A new applicant, employer or agency account */
export type RegisterInput = {
  /** Account name: 4–64 letters, digits, dot, hyphen or underscore */
  account: Scalars['String']['input'];
  /** The characters shown in the captcha image */
  captchaAnswer: Scalars['String']['input'];
  /** Id of the captcha from `captcha` */
  captchaId: Scalars['String']['input'];
  /** Name shown to officers and in emails */
  displayName: Scalars['String']['input'];
  /** Email address; the account is usable once a link sent there is opened */
  email: Scalars['String']['input'];
  /** Language for emails: zh-TW (default) or en */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Company name: required for EMPLOYER and AGENCY */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  /** Password: at least 12 characters (configurable), not a common one */
  password: Scalars['String']['input'];
  /** APPLICANT, EMPLOYER or AGENCY (staff are created by a supervisor) */
  role: Role;
};

/** The same answer whatever the outcome, so that it reveals nothing */
export type RequestAccepted = {
  __typename?: 'RequestAccepted';
  /** Always true when the request was well-formed */
  accepted: Scalars['Boolean']['output'];
  /** What happens next, in the caller's language */
  message: Scalars['String']['output'];
};

/** Residence address in Taiwan, in Traditional Chinese (居留地址) */
export type ResidenceAddress = {
  __typename?: 'ResidenceAddress';
  /** City or county (縣市), e.g. 臺北市 */
  city: Scalars['String']['output'];
  /** District or township (鄉鎮市區), e.g. 大安區 */
  district: Scalars['String']['output'];
  /** Street, lane, number, floor (街路巷弄號樓) */
  line: Scalars['String']['output'];
  /** Postal code (郵遞區號) */
  postalCode?: Maybe<Scalars['String']['output']>;
};

/** The new residence address in Taiwan, in Traditional Chinese */
export type ResidenceInput = {
  /** City or county, from `taiwanCities` */
  city: Scalars['String']['input'];
  /** District or township of that city, from `taiwanCities` */
  district: Scalars['String']['input'];
  /** Street, lane, number and floor, in Traditional Chinese */
  line: Scalars['String']['input'];
};

/** What an account is allowed to do in the service */
export type Role =
  /** An authorised agency acting for holders who mandated it */
  | 'AGENCY'
  /** A Gold Card holder acting for themself */
  | 'APPLICANT'
  /** An employer filing on behalf of employees who mandated it */
  | 'EMPLOYER'
  /** An immigration officer reviewing amendments */
  | 'OFFICER'
  /** An officer who also manages accounts, agencies and reference data */
  | 'SUPERVISOR';

/** Any subset of the wizard’s tabs; what is left out stays as saved */
export type SaveAmendmentDraftInput = {
  /** Residence tab: where to collect the card */
  collectionPlace?: InputMaybe<Scalars['String']['input']>;
  /** Basic data tab: email */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The new selection of what changes */
  items?: InputMaybe<Array<AmendmentItem>>;
  /** Basic data tab: Taiwan mobile number */
  mobile?: InputMaybe<Scalars['String']['input']>;
  /** Basic data tab: names */
  name?: InputMaybe<NameInput>;
  /** Basic data tab: nationality. Shown for completeness; it cannot be amended */
  nationality?: InputMaybe<Scalars['String']['input']>;
  /** Passport tab */
  passport?: InputMaybe<PassportInput>;
  /** Residence tab: address */
  residence?: InputMaybe<ResidenceInput>;
  /** Basic data tab: sex */
  sex?: InputMaybe<Sex>;
};

/** An NIA service centre where a card can be collected (領證地點) */
export type ServiceCentre = {
  __typename?: 'ServiceCentre';
  /** Stable code, e.g. TPE */
  code: Scalars['String']['output'];
  /** Name in the caller's language */
  name: Scalars['String']['output'];
  /** Name in English */
  nameEn: Scalars['String']['output'];
  /** Name in Traditional Chinese */
  nameZhTw: Scalars['String']['output'];
};

/** A login: drives the logout countdown */
export type Session = {
  __typename?: 'Session';
  /** When the session ends regardless of activity */
  absoluteExpiresAt: Scalars['DateTime']['output'];
  /** The account logged in */
  account: Account;
  /** When the session ends unless there is activity */
  expiresAt: Scalars['DateTime']['output'];
  /** When the password expires */
  passwordExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when the password must be changed before anything else */
  restricted: Scalars['Boolean']['output'];
  /** Bearer token, only in the answer to `login` without `cookie: true`. Shown once; keep it secret. */
  token?: Maybe<Scalars['String']['output']>;
};

/** Sex as registered on the card */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Ascending or descending */
export type SortOrder =
  | 'ASC'
  | 'DESC';

/** A new staff account and its temporary password (shown once) */
export type StaffAccountCreated = {
  __typename?: 'StaffAccountCreated';
  /** The new account */
  account: Account;
  /** Temporary password; it must be changed at first login */
  temporaryPassword: Scalars['String']['output'];
};

/** An officer, as shown on a case */
export type StaffRef = {
  __typename?: 'StaffRef';
  /** Name shown in the console */
  displayName: Scalars['String']['output'];
  /** Account id */
  id: Scalars['ID']['output'];
};

/** Who the amendment is for, and what else changes at the same time */
export type StartAmendmentInput = {
  /** What changes (can be edited later) */
  alsoChange?: Array<AmendmentItem>;
  /** The holder’s birth date (Gregorian) */
  birthDate: Scalars['Date']['input'];
  /** Passport number: needed once, the first time an applicant account files, to link it to the holder */
  passportNumber?: InputMaybe<Scalars['String']['input']>;
  /** The holder’s current or earlier UI number (統一證號) */
  uiNumber: Scalars['String']['input'];
};

/** How many cases have a status */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** Number of cases */
  count: Scalars['Int']['output'];
  /** The status */
  status: AmendmentStatus;
};

/** A special municipality, city or county of Taiwan (縣市), with its districts */
export type TaiwanCity = {
  __typename?: 'TaiwanCity';
  /** ISO 3166-2:TW subdivision code without the TW- prefix, e.g. TPE */
  code: Scalars['String']['output'];
  /** Its districts, in postal-code order */
  districts: Array<TaiwanDistrict>;
  /** Name in the caller's language (Accept-Language) */
  name: Scalars['String']['output'];
  /** Official name in English, e.g. Taipei City */
  nameEn: Scalars['String']['output'];
  /** Official name in Traditional Chinese (臺, not 台), e.g. 臺北市 */
  nameZhTw: Scalars['String']['output'];
};

/** A district, township or county-administered city of Taiwan (鄉鎮市區) */
export type TaiwanDistrict = {
  __typename?: 'TaiwanDistrict';
  /** Name in the caller's language (Accept-Language) */
  name: Scalars['String']['output'];
  /** Name in English, e.g. Da'an District */
  nameEn: Scalars['String']['output'];
  /** Official name in Traditional Chinese, e.g. 大安區 */
  nameZhTw: Scalars['String']['output'];
  /** 3-digit postal code, e.g. 106; neighbouring districts may share one */
  postalCode: Scalars['String']['output'];
};

/** The system-use terms to accept before filing an amendment */
export type Terms = {
  __typename?: 'Terms';
  /** Whether the caller has accepted this version (false when not logged in) */
  accepted: Scalars['Boolean']['output'];
  /** The clauses, in order */
  clauses: Array<TermsClause>;
  /** Day this version took effect */
  effectiveFrom: Scalars['Date']['output'];
  /** Title in the requested language */
  title: Scalars['String']['output'];
  /** Version to pass to `acceptAmendmentTerms` */
  version: Scalars['String']['output'];
};

/** A recorded acceptance of the terms */
export type TermsAcceptanceView = {
  __typename?: 'TermsAcceptanceView';
  /** When it was accepted */
  acceptedAt: Scalars['DateTime']['output'];
  /** The version accepted */
  version: Scalars['String']['output'];
};

/** One numbered clause of the terms */
export type TermsClause = {
  __typename?: 'TermsClause';
  /** Clause number, from 1 */
  number: Scalars['Int']['output'];
  /** The clause in the requested language */
  text: Scalars['String']['output'];
};

/** What a UI number says about itself, checked without looking anyone up */
export type UiNumberCheckResult = {
  __typename?: 'UiNumberCheckResult';
  /** Old or new format, if valid */
  format?: Maybe<UiNumberFormat>;
  /** The number trimmed and upper-cased */
  normalized?: Maybe<Scalars['String']['output']>;
  /** Why it is invalid: FORMAT (shape) or CHECKSUM (check digit) */
  problem?: Maybe<Scalars['String']['output']>;
  /** Sex encoded in the second character */
  sex?: Maybe<Sex>;
  /** True when the shape and the check digit are right */
  valid: Scalars['Boolean']['output'];
};

/** OLD: letter + A–D + 8 digits, issued until 2021-01-01, invalid from 2031-01-01. NEW: letter + 8/9 + 8 digits. */
export type UiNumberFormat =
  | 'NEW'
  | 'OLD';

/** Filters of the officers’ case list; all given filters must match */
export type AmendmentFilter = {
  /** Cases assigned to this officer (account id) */
  assignedOfficerId?: string | null | undefined;
  /** Mine, unassigned or any */
  assignment?: AssignmentFilter | null | undefined;
  /** Holder: a UI number (current or earlier, exact) or part of a name */
  holder?: string | null | undefined;
  /** Cases that change this item */
  item?: AmendmentItem | null | undefined;
  /** Only cases waiting longer than the service level */
  overdue?: boolean | null | undefined;
  /** Any of these statuses */
  status?: Array<AmendmentStatus> | null | undefined;
  /** Submitted at or after */
  submittedFrom?: string | null | undefined;
  /** Submitted before */
  submittedTo?: string | null | undefined;
};

/** One kind of change an amendment asks for */
export type AmendmentItem =
  /** Where to collect the card (領證地點) */
  | 'COLLECTION_PLACE'
  /** Email address */
  | 'EMAIL'
  /** Taiwan mobile number (手機號碼) */
  | 'MOBILE'
  /** Chinese or English name (中英文姓名) */
  | 'NAME'
  /** Passport number and dates (護照號碼) */
  | 'PASSPORT'
  /** Residence address in Taiwan (居留地址) */
  | 'RESIDENCE_ADDRESS'
  /** Sex (性別) */
  | 'SEX'
  /** Switch to the new-format UI number (no extra fee) */
  | 'UI_NUMBER_NEW_FORMAT'
  /** New UI number for personal reasons, e.g. an indecent meaning */
  | 'UI_NUMBER_PERSONAL_REASON';

/** How to sort the case list */
export type AmendmentSort = {
  /** Column */
  field: AmendmentSortField;
  /** Direction */
  order?: SortOrder;
};

/** Columns the case list sorts by */
export type AmendmentSortField =
  | 'APPLICATION_NUMBER'
  | 'CREATED_AT'
  | 'STATUS'
  | 'SUBMITTED_AT'
  | 'UPDATED_AT';

/** Where an amendment stands; every change of status is an event on its timeline */
export type AmendmentStatus =
  /** Approved; the registered data is updated */
  | 'APPROVED'
  /** The new card has been collected */
  | 'CARD_COLLECTED'
  /** The new card is ready for collection */
  | 'CARD_READY'
  /** Being prepared; kept 30 days after the last change */
  | 'DRAFT'
  /** Rejected, with a reason */
  | 'REJECTED'
  /** Filed, waiting for an officer */
  | 'SUBMITTED'
  /** The officer asked for more documents (補件) */
  | 'SUPPLEMENT_REQUESTED'
  /** An officer is reviewing it */
  | 'UNDER_REVIEW'
  /** Withdrawn by the filer before a decision */
  | 'WITHDRAWN';

/** Filters for the officers’ holder search; all given filters must match */
export type ApplicantFilter = {
  /** Part of the English surname, given name or Chinese name (case-insensitive) */
  name?: string | null | undefined;
  /** Nationality, ISO 3166-1 alpha-2 */
  nationality?: string | null | undefined;
  /** Passport number, exact (case-insensitive) */
  passportNumber?: string | null | undefined;
  /** Current or earlier UI number, exact (case-insensitive) */
  uiNumber?: string | null | undefined;
};

/** ANY: all cases; MINE: assigned to the caller; UNASSIGNED: nobody has claimed them */
export type AssignmentFilter =
  | 'ANY'
  | 'MINE'
  | 'UNASSIGNED';

/** Filters of the audit trail; all given filters must match */
export type AuditEventFilter = {
  /** Action, or its prefix ending in a dot (e.g. auth.) */
  action?: string | null | undefined;
  /** Who acted (account id) */
  actorAccountId?: string | number | null | undefined;
  /** The record’s id */
  entityId?: string | null | undefined;
  /** Kind of record, e.g. Amendment, Applicant, Account */
  entityType?: string | null | undefined;
  /** At or after */
  from?: string | null | undefined;
  /** Before */
  to?: string | null | undefined;
};

/** Lifecycle of one printed card */
export type CardStatus =
  /** The card the holder carries now */
  | 'ACTIVE'
  /** Withdrawn by the agency */
  | 'REVOKED'
  /** Replaced by a newer card after an amendment */
  | 'SUPERSEDED';

/** A staff account, created by a supervisor */
export type CreateStaffAccountInput = {
  /** Account name: 4–64 letters, digits, dot, hyphen or underscore */
  account: string;
  /** Name shown in the console and the audit trail */
  displayName: string;
  /** Work email address */
  email: string;
  /** OFFICER or SUPERVISOR */
  role: Role;
};

/** What an uploaded document is */
export type DocumentType =
  /** Both sides of the current Gold Card */
  | 'CURRENT_CARD'
  /** Receipt of a fine paid for late filing */
  | 'FINE_RECEIPT'
  /** Signed power of attorney for an agency or employer */
  | 'MANDATE'
  /** Official proof of the name change */
  | 'NAME_CHANGE_PROOF'
  /** Anything else an officer asked for */
  | 'OTHER'
  /** Data page of the (new) passport */
  | 'PASSPORT'
  /** Photo taken within the last 6 months, at least 413×531 px */
  | 'PHOTO'
  /** Lease, or water or electricity bill, in the holder’s name */
  | 'PROOF_OF_ADDRESS'
  /** Official proof of the change of sex */
  | 'SEX_CHANGE_PROOF'
  /** Signed statement of the reason for a new UI number */
  | 'UI_NUMBER_CHANGE_STATEMENT';

/** Highest education completed (最高學歷) */
export type Education =
  | 'ASSOCIATE'
  | 'BACHELOR'
  | 'DOCTORATE'
  | 'MASTER'
  | 'OTHER'
  | 'SECONDARY';

/** NOT_REQUIRED: nothing to pay; UNPAID: payable (after approval); PAID */
export type FeeStatus =
  | 'NOT_REQUIRED'
  | 'PAID'
  | 'UNPAID';

/** Credentials and the captcha shown on the login page */
export type LoginInput = {
  /** Account name (case-insensitive) */
  account: string;
  /** The characters shown in the captcha image */
  captchaAnswer: string;
  /** Id of the captcha from `captcha` */
  captchaId: string;
  /** Browsers: true sets an HttpOnly session cookie and leaves `Session.token` empty. Other clients: false returns the token for `Authorization: Bearer`. */
  cookie?: boolean;
  /** Password */
  password: string;
};

/** Marital status (婚姻狀況) */
export type MaritalStatus =
  | 'DIVORCED'
  | 'MARRIED'
  | 'SINGLE'
  | 'WIDOWED';

/** What an account is allowed to do in the service */
export type Role =
  /** An authorised agency acting for holders who mandated it */
  | 'AGENCY'
  /** A Gold Card holder acting for themself */
  | 'APPLICANT'
  /** An employer filing on behalf of employees who mandated it */
  | 'EMPLOYER'
  /** An immigration officer reviewing amendments */
  | 'OFFICER'
  /** An officer who also manages accounts, agencies and reference data */
  | 'SUPERVISOR';

/** Sex as registered on the card */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Ascending or descending */
export type SortOrder =
  | 'ASC'
  | 'DESC';

/** OLD: letter + A–D + 8 digits, issued until 2021-01-01, invalid from 2031-01-01. NEW: letter + 8/9 + 8 digits. */
export type UiNumberFormat =
  | 'NEW'
  | 'OLD';

export type SessionFieldsFragment = { expiresAt: string, absoluteExpiresAt: string, restricted: boolean, passwordExpiresAt: string | null, account: { id: string, accountName: string, displayName: string, role: Role } };

export type CaptchaQueryVariables = Exact<{ [key: string]: never; }>;


export type CaptchaQuery = { captcha: { id: string, image: string, expiresAt: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, absoluteExpiresAt: string, restricted: boolean, passwordExpiresAt: string | null, account: { id: string, accountName: string, displayName: string, role: Role } } };

export type CurrentSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentSessionQuery = { session: { expiresAt: string, absoluteExpiresAt: string, restricted: boolean, passwordExpiresAt: string | null, account: { id: string, accountName: string, displayName: string, role: Role } } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, accountName: string, displayName: string, role: Role } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { id: string, passwordExpiresAt: string | null } };

export type CountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountriesQuery = { countries: Array<{ code: string, name: string }> };

export type AmendmentRowFragment = { id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } };

export type AmendmentValuesFragment = { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } };

export type AmendmentDetailFragment = { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } };

export type AmendmentListQueryVariables = Exact<{
  filter?: AmendmentFilter | null | undefined;
  sort?: AmendmentSort | null | undefined;
  page: number;
  perPage: number;
}>;


export type AmendmentListQuery = { amendments: { total: number, items: Array<{ id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } }> } };

export type AmendmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AmendmentDetailQuery = { amendment: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type AmendmentStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AmendmentStatsQuery = { amendmentStats: { myQueue: number, unassigned: number, overdue: number, byStatus: Array<{ status: AmendmentStatus, count: number }> } };

export type ClaimAmendmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ClaimAmendmentMutation = { claimAmendment: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type ReleaseAmendmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseAmendmentMutation = { releaseAmendment: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type ApproveAmendmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type ApproveAmendmentMutation = { approveAmendment: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type RejectAmendmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;


export type RejectAmendmentMutation = { rejectAmendment: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type RequestSupplementMutationVariables = Exact<{
  id: string | number;
  version: number;
  documents: Array<DocumentType> | DocumentType;
  message: string;
}>;


export type RequestSupplementMutation = { requestSupplement: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type MarkCardReadyMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkCardReadyMutation = { markCardReady: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type MarkCardCollectedMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkCardCollectedMutation = { markCardCollected: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type ReassignAmendmentMutationVariables = Exact<{
  id: string | number;
  officerId: string | number;
}>;


export type ReassignAmendmentMutation = { reassignAmendment: { filedByRole: Role, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type CardFieldsFragment = { id: string, uiNumber: string, status: CardStatus, validFrom: string, validUntil: string, issuedAt: string, fieldOfExpertise: { code: string, name: string } | null, collectionPlace: { code: string, name: string } | null };

export type ApplicantListQueryVariables = Exact<{
  filter?: ApplicantFilter | null | undefined;
  page: number;
  perPage: number;
}>;


export type ApplicantListQuery = { applicants: { total: number, items: Array<{ id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null, birthDate: string, nationality: { code: string, name: string }, currentCard: { id: string, validUntil: string, status: CardStatus } | null }> } };

export type ApplicantDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicantDetailQuery = { applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, birthDate: string, birthplaceCity: string, occupation: string, education: Education, maritalStatus: MaritalStatus, email: string, mobile: string | null, homeCountryAddress: string, homeCountryPhone: string, hongKongMacauResident: boolean, createdAt: string, updatedAt: string, version: number, birthplaceCountry: { code: string, name: string }, nationality: { code: string, name: string }, otherNationality: { code: string, name: string } | null, residence: { postalCode: string | null, city: string, district: string, line: string }, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, uiNumbers: Array<{ uiNumber: string, format: UiNumberFormat, assignedOn: string, replacedOn: string | null, replacedReason: string | null }>, currentCard: { id: string, uiNumber: string, status: CardStatus, validFrom: string, validUntil: string, issuedAt: string, fieldOfExpertise: { code: string, name: string } | null, collectionPlace: { code: string, name: string } | null } | null, cards: Array<{ id: string, uiNumber: string, status: CardStatus, validFrom: string, validUntil: string, issuedAt: string, fieldOfExpertise: { code: string, name: string } | null, collectionPlace: { code: string, name: string } | null }> } };

export type AuditEventListQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  page: number;
  perPage: number;
}>;


export type AuditEventListQuery = { auditEvents: { total: number, items: Array<{ id: string, at: string, actorKind: string, actorAccountId: string | null, actorRole: string | null, action: string, entityType: string | null, entityId: string | null, success: boolean, changes: string | null, detail: string | null, ip: string | null, requestId: string | null }> } };

export type StaffAccountFieldsFragment = { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null };

export type StaffAccountListQueryVariables = Exact<{
  page: number;
  perPage: number;
}>;


export type StaffAccountListQuery = { staffAccounts: { total: number, items: Array<{ id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null }> } };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { createStaffAccount: { temporaryPassword: string, account: { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null } } };
