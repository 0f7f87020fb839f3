/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** Filters of the officers’ case list; all given filters must match */
export type AmendmentFilter = {
  /** Cases assigned to this officer (account id) */
  assignedOfficerId?: string | null | undefined;
  /** Mine, unassigned or any */
  assignment?: AssignmentFilter | null | undefined;
  /**
   * Holder: a UI number (current or earlier, exact) or part of a name
   * @deprecated Use `search`, which also finds application and passport numbers and names in either order
   */
  holder?: string | null | undefined;
  /** Cases that change this item */
  item?: AmendmentItem | null | undefined;
  /** Only cases waiting longer than the service level */
  overdue?: boolean | null | undefined;
  /** Only the cases of this work queue */
  queue?: CaseQueue | null | undefined;
  /** One search box, case-insensitive: an application number whole or in part (3 characters or more, digits alone too), a UI number current or earlier (exact), the holder’s passport number (exact), an English name in either order or one part of it, or part of a Chinese name */
  search?: string | null | undefined;
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

/** A notice’s texts, in both languages, and when it is shown. Plain text with a small Markdown subset (paragraphs, **bold**, *italic*, lists, [links](https://… or /path)), exactly as the supervisor wrote it: the API renders nothing and escapes nothing. Clients must render it with HTML disabled (e.g. react-markdown without rehype-raw) or show it as plain text: any HTML in it, <script> included, is text; links may only point to https:// addresses or to pages of the service (/…), anything else is LINK_NOT_ALLOWED */
export type AnnouncementInput = {
  /** Body in English, at most 4000 characters, stored as given */
  bodyEn: string;
  /** Body in zh-TW, at most 4000 characters, stored as given */
  bodyZhTw: string;
  /** Pin it as important */
  important?: boolean;
  /** Issuing unit in English (e.g. National Immigration Agency), at most 80 characters */
  issuingUnitEn: string;
  /** Issuing unit in zh-TW (e.g. 移民署), at most 80 characters */
  issuingUnitZhTw: string;
  /** Shown from this instant; when left out: now (createAnnouncement) or unchanged (updateAnnouncement) */
  publishFrom?: string | null | undefined;
  /** Shown until this instant, which must be later than publishFrom (ENDS_BEFORE_START); null: until retired */
  publishUntil?: string | null | undefined;
  /** Title in English, at most 120 characters */
  titleEn: string;
  /** Title in zh-TW, at most 120 characters */
  titleZhTw: string;
};

/** Where a notice stands at the moment it is read */
export type AnnouncementStatus =
  /** Its publishUntil has passed: no longer on the board */
  | 'EXPIRED'
  /** On the board now */
  | 'PUBLISHED'
  /** Taken down by a supervisor: never shown again */
  | 'RETIRED'
  /** Its publishFrom is still to come: nobody but supervisors sees it */
  | 'SCHEDULED';

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
  /** Who acted: part of their display name or account name */
  actor?: string | null | undefined;
  /** Who acted (account id) */
  actorAccountId?: string | number | null | undefined;
  /** About this case: events on the case, its documents and its payments */
  amendmentId?: string | number | null | undefined;
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

/** A work queue of the officers’ case list; `caseQueues` counts each */
export type CaseQueue =
  /** The new card is ready for the holder to collect */
  | 'CARDS_TO_HAND_OVER'
  /** Approved changes that need a new card, fee (if any) paid: the card is to be made. Approvals that print no card (contact details only) are finished and in no queue */
  | 'CARDS_TO_PRODUCE'
  /** Open cases assigned to the caller */
  | 'MINE'
  /** Waiting for an officer longer than the service level */
  | 'OVERDUE'
  /** The filer supplied the requested documents; no decision since */
  | 'SUPPLEMENT_ANSWERED'
  /** Submitted and not yet claimed by anyone */
  | 'TO_CLAIM'
  /** More documents requested (補件), not yet supplied */
  | 'WAITING_FOR_APPLICANT';

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

/** Which decision a standard reason explains */
export type DecisionReasonKind =
  /** Rejecting a case (`rejectAmendment`) */
  | 'REJECTION'
  /** Asking for more documents (`requestSupplement`) */
  | 'SUPPLEMENT';

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

/** HOLDER_ONLINE: granted by the holder in their account; POWER_OF_ATTORNEY: a signed document verified by an officer */
export type MandateSource =
  | 'HOLDER_ONLINE'
  | 'POWER_OF_ATTORNEY';

/** PENDING_VERIFICATION: an uploaded power of attorney awaits an officer; ACTIVE; REVOKED; REJECTED */
export type MandateStatus =
  | 'ACTIVE'
  | 'PENDING_VERIFICATION'
  | 'REJECTED'
  | 'REVOKED';

/** Marital status (婚姻狀況) */
export type MaritalStatus =
  | 'DIVORCED'
  | 'MARRIED'
  | 'SINGLE'
  | 'WIDOWED';

/** How the fee is paid through the payment gateway */
export type PaymentMethod =
  /** Transfer to a virtual bank account (ATM or online banking) */
  | 'ATM'
  /** A payment code paid at a convenience store counter */
  | 'CONVENIENCE_STORE'
  /** Credit card, paid at once on the gateway’s page */
  | 'CREDIT_CARD';

/** Where a payment stands, as the gateway’s signed notices said */
export type PaymentStatus =
  /** A bank account or store code was issued; waiting for the money */
  | 'AWAITING_PAYMENT'
  /** Started: the payer has been sent to the gateway */
  | 'CREATED'
  /** The gateway reported a failure; start a new payment */
  | 'FAILED'
  /** The gateway confirmed the payment */
  | 'PAID';

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

export type AmendmentDetailFragment = { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } };

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


export type AmendmentDetailQuery = { amendment: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type AmendmentStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type AmendmentStatsQuery = { amendmentStats: { myQueue: number, unassigned: number, overdue: number, byStatus: Array<{ status: AmendmentStatus, count: number }> } };

export type ClaimAmendmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ClaimAmendmentMutation = { claimAmendment: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type ReleaseAmendmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseAmendmentMutation = { releaseAmendment: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type ApproveAmendmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type ApproveAmendmentMutation = { approveAmendment: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type RejectAmendmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
  reasonCode?: string | null | undefined;
}>;


export type RejectAmendmentMutation = { rejectAmendment: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type RequestSupplementMutationVariables = Exact<{
  id: string | number;
  version: number;
  documents: Array<DocumentType> | DocumentType;
  message?: string | null | undefined;
  reasonCode?: string | null | undefined;
}>;


export type RequestSupplementMutation = { requestSupplement: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type MarkCardReadyMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkCardReadyMutation = { markCardReady: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type MarkCardCollectedMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkCardCollectedMutation = { markCardCollected: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type ReassignAmendmentMutationVariables = Exact<{
  id: string | number;
  officerId: string | number;
}>;


export type ReassignAmendmentMutation = { reassignAmendment: { filedByRole: Role, receiptUrl: string | null, summaryUrl: string | null, id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, submittedAt: string | null, updatedAt: string, createdAt: string, decidedAt: string | null, overdue: boolean, current: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, requested: { englishSurname: string, englishGivenName: string, chineseName: string | null, sex: Sex, email: string, mobile: string | null, collectionPlaceCode: string | null, collectionPlace: { code: string, name: string } | null, passport: { number: string, issueDate: string, expiryDate: string, issuingCountry: { code: string, name: string } }, residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, width: number | null, height: number | null, uploadedAt: string, downloadUrl: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, fee: { amount: number, currency: string, status: FeeStatus, cardPrinted: boolean, receiptIssued: boolean, lines: Array<{ item: AmendmentItem, amount: number, rule: string, exemptionReason: string | null }> }, events: Array<{ at: string, type: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, assignedOfficer: { id: string, displayName: string } | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, filedBy: { id: string, displayName: string, role: Role, organisationName: string | null } } };

export type CaseQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseQueuesQuery = { caseQueues: Array<{ queue: CaseQueue, label: string, count: number, countExact: boolean }> };

export type DecisionReasonsQueryVariables = Exact<{
  kind: DecisionReasonKind;
}>;


export type DecisionReasonsQuery = { decisionReasons: Array<{ code: string, label: string, text: string }> };

export type BulkOutcomeFieldsFragment = { id: string, ok: boolean, code: string | null, message: string | null, amendment: { id: string, applicationNumber: string | null, status: AmendmentStatus } | null };

export type ClaimAmendmentsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ClaimAmendmentsMutation = { claimAmendments: Array<{ id: string, ok: boolean, code: string | null, message: string | null, amendment: { id: string, applicationNumber: string | null, status: AmendmentStatus } | null }> };

export type MarkCardsReadyMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkCardsReadyMutation = { markCardsReady: Array<{ id: string, ok: boolean, code: string | null, message: string | null, amendment: { id: string, applicationNumber: string | null, status: AmendmentStatus } | null }> };

export type MarkCardsCollectedMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkCardsCollectedMutation = { markCardsCollected: Array<{ id: string, ok: boolean, code: string | null, message: string | null, amendment: { id: string, applicationNumber: string | null, status: AmendmentStatus } | null }> };

export type ExportAmendmentsMutationVariables = Exact<{
  filter?: AmendmentFilter | null | undefined;
  sort?: AmendmentSort | null | undefined;
}>;


export type ExportAmendmentsMutation = { exportAmendments: { filename: string, csv: string, rows: number, truncated: boolean } };

export type AnnouncementFieldsFragment = { id: string, title: string, titleZhTw: string | null, titleEn: string | null, bodyZhTw: string | null, bodyEn: string | null, issuingUnit: string, issuingUnitZhTw: string | null, issuingUnitEn: string | null, important: boolean, publishFrom: string, publishUntil: string | null, retiredAt: string | null, status: AnnouncementStatus, createdAt: string, updatedAt: string, version: number };

export type AnnouncementListQueryVariables = Exact<{
  page: number;
  perPage: number;
  status?: AnnouncementStatus | null | undefined;
}>;


export type AnnouncementListQuery = { announcementsToManage: { total: number, items: Array<{ id: string, title: string, titleZhTw: string | null, titleEn: string | null, bodyZhTw: string | null, bodyEn: string | null, issuingUnit: string, issuingUnitZhTw: string | null, issuingUnitEn: string | null, important: boolean, publishFrom: string, publishUntil: string | null, retiredAt: string | null, status: AnnouncementStatus, createdAt: string, updatedAt: string, version: number }> } };

export type AnnouncementDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnouncementDetailQuery = { announcement: { id: string, title: string, titleZhTw: string | null, titleEn: string | null, bodyZhTw: string | null, bodyEn: string | null, issuingUnit: string, issuingUnitZhTw: string | null, issuingUnitEn: string | null, important: boolean, publishFrom: string, publishUntil: string | null, retiredAt: string | null, status: AnnouncementStatus, createdAt: string, updatedAt: string, version: number } | null };

export type CreateAnnouncementMutationVariables = Exact<{
  input: AnnouncementInput;
}>;


export type CreateAnnouncementMutation = { createAnnouncement: { id: string, title: string, titleZhTw: string | null, titleEn: string | null, bodyZhTw: string | null, bodyEn: string | null, issuingUnit: string, issuingUnitZhTw: string | null, issuingUnitEn: string | null, important: boolean, publishFrom: string, publishUntil: string | null, retiredAt: string | null, status: AnnouncementStatus, createdAt: string, updatedAt: string, version: number } };

export type UpdateAnnouncementMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: AnnouncementInput;
}>;


export type UpdateAnnouncementMutation = { updateAnnouncement: { id: string, title: string, titleZhTw: string | null, titleEn: string | null, bodyZhTw: string | null, bodyEn: string | null, issuingUnit: string, issuingUnitZhTw: string | null, issuingUnitEn: string | null, important: boolean, publishFrom: string, publishUntil: string | null, retiredAt: string | null, status: AnnouncementStatus, createdAt: string, updatedAt: string, version: number } };

export type RetireAnnouncementMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type RetireAnnouncementMutation = { retireAnnouncement: { id: string, title: string, titleZhTw: string | null, titleEn: string | null, bodyZhTw: string | null, bodyEn: string | null, issuingUnit: string, issuingUnitZhTw: string | null, issuingUnitEn: string | null, important: boolean, publishFrom: string, publishUntil: string | null, retiredAt: string | null, status: AnnouncementStatus, createdAt: string, updatedAt: string, version: number } };

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


export type AuditEventListQuery = { auditEvents: { total: number, items: Array<{ id: string, at: string, actorKind: string, actorAccountId: string | null, actorName: string | null, actorRole: string | null, action: string, entityType: string | null, entityId: string | null, success: boolean, changes: string | null, detail: string | null, ip: string | null, requestId: string | null }> } };

export type MandateFieldsFragment = { id: string, status: MandateStatus, source: MandateSource, applicantId: string, applicantUiNumber: string, holderName: string | null, granteeId: string, granteeName: string, items: Array<AmendmentItem>, validFrom: string, validUntil: string, activeNow: boolean, createdAt: string, documentUrl: string | null, decisionNote: string | null };

export type MandateListQueryVariables = Exact<{
  status?: MandateStatus | null | undefined;
}>;


export type MandateListQuery = { mandates: Array<{ id: string, status: MandateStatus, source: MandateSource, applicantId: string, applicantUiNumber: string, holderName: string | null, granteeId: string, granteeName: string, items: Array<AmendmentItem>, validFrom: string, validUntil: string, activeNow: boolean, createdAt: string, documentUrl: string | null, decisionNote: string | null }> };

export type VerifyMandateMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type VerifyMandateMutation = { verifyMandate: { id: string, status: MandateStatus, source: MandateSource, applicantId: string, applicantUiNumber: string, holderName: string | null, granteeId: string, granteeName: string, items: Array<AmendmentItem>, validFrom: string, validUntil: string, activeNow: boolean, createdAt: string, documentUrl: string | null, decisionNote: string | null } };

export type RevokeMandateMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeMandateMutation = { revokeMandate: { id: string, status: MandateStatus, source: MandateSource, applicantId: string, applicantUiNumber: string, holderName: string | null, granteeId: string, granteeName: string, items: Array<AmendmentItem>, validFrom: string, validUntil: string, activeNow: boolean, createdAt: string, documentUrl: string | null, decisionNote: string | null } };

export type PaymentReconciliationQueryVariables = Exact<{
  unpaidForDays: number;
}>;


export type PaymentReconciliationQuery = { paymentReconciliation: { unpaidForDays: number, unpaidFees: Array<{ id: string, applicationNumber: string | null, status: AmendmentStatus, decidedAt: string | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, fee: { amount: number, currency: string, status: FeeStatus } }>, paymentsToRefund: Array<{ id: string, amendmentId: string, merchantTradeNo: string, amount: number, currency: string, method: PaymentMethod, status: PaymentStatus, duplicate: boolean, paidAt: string | null, providerTradeNo: string | null }> } };

export type CasePdfLinksQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePdfLinksQuery = { amendment: { id: string, applicationNumber: string | null, receiptUrl: string | null, summaryUrl: string | null } };

export type CasePaymentsQueryVariables = Exact<{
  id: string | number;
}>;


export type CasePaymentsQuery = { amendment: { id: string, applicationNumber: string | null, status: AmendmentStatus, receiptUrl: string | null, summaryUrl: string | null, applicant: { id: string, uiNumber: string, englishSurname: string, englishGivenName: string, chineseName: string | null }, fee: { amount: number, currency: string, status: FeeStatus }, payments: Array<{ id: string, merchantTradeNo: string, amount: number, method: PaymentMethod, status: PaymentStatus, duplicate: boolean, createdAt: string, paidAt: string | null }> } };

export type StaffAccountFieldsFragment = { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null, lastLoginAt: string | null, disabled: boolean, locked: boolean, openCases: number };

export type StaffAccountListQueryVariables = Exact<{
  page: number;
  perPage: number;
}>;


export type StaffAccountListQuery = { staffAccounts: { total: number, items: Array<{ id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null, lastLoginAt: string | null, disabled: boolean, locked: boolean, openCases: number }> } };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { createStaffAccount: { temporaryPassword: string, account: { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null, lastLoginAt: string | null, disabled: boolean, locked: boolean, openCases: number } } };

export type DisableStaffAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableStaffAccountMutation = { disableStaffAccount: { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null, lastLoginAt: string | null, disabled: boolean, locked: boolean, openCases: number } };

export type EnableStaffAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableStaffAccountMutation = { enableStaffAccount: { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null, lastLoginAt: string | null, disabled: boolean, locked: boolean, openCases: number } };

export type UnlockStaffAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type UnlockStaffAccountMutation = { unlockStaffAccount: { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null, lastLoginAt: string | null, disabled: boolean, locked: boolean, openCases: number } };

export type ChangeStaffRoleMutationVariables = Exact<{
  id: string | number;
  role: Role;
}>;


export type ChangeStaffRoleMutation = { changeStaffRole: { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, passwordChangedAt: string, passwordExpiresAt: string | null, lastLoginAt: string | null, disabled: boolean, locked: boolean, openCases: number } };
