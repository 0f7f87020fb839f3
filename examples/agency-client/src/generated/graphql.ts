/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** NOT_REQUIRED: nothing to pay; UNPAID: payable (after approval); PAID */
export type FeeStatus =
  | 'NOT_REQUIRED'
  | 'PAID'
  | 'UNPAID';

/** Name as in the passport, and the Chinese name if any */
export type NameInput = {
  /** Chinese name, or empty for none */
  chineseName?: string | null | undefined;
  /** English given names, capital letters */
  englishGivenName: string;
  /** English surname, capital letters */
  englishSurname: string;
};

/** The new passport */
export type PassportInput = {
  /** Date of expiry: at least 6 months ahead */
  expiryDate: string;
  /** Date of issue */
  issueDate: string;
  /** Issuing country, ISO 3166-1 alpha-2 */
  issuingCountry: string;
  /** Passport number */
  number: string;
};

/** The new residence address in Taiwan, in Traditional Chinese */
export type ResidenceInput = {
  /** City or county, from `taiwanCities` */
  city: string;
  /** District or township of that city, from `taiwanCities` */
  district: string;
  /** Street, lane, number and floor, in Traditional Chinese */
  line: string;
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
  collectionPlace?: string | null | undefined;
  /** Basic data tab: email */
  email?: string | null | undefined;
  /** The new selection of what changes */
  items?: Array<AmendmentItem> | null | undefined;
  /** Basic data tab: Taiwan mobile number */
  mobile?: string | null | undefined;
  /** Basic data tab: names */
  name?: NameInput | null | undefined;
  /** Basic data tab: nationality. Shown for completeness; it cannot be amended */
  nationality?: string | null | undefined;
  /** Passport tab */
  passport?: PassportInput | null | undefined;
  /** Residence tab: address */
  residence?: ResidenceInput | null | undefined;
  /** Basic data tab: sex */
  sex?: Sex | null | undefined;
};

/** Sex as registered on the card */
export type Sex =
  | 'FEMALE'
  | 'MALE';

/** Who the amendment is for, and what else changes at the same time */
export type StartAmendmentInput = {
  /** What changes (can be edited later) */
  alsoChange?: Array<AmendmentItem>;
  /** The holder’s birth date (Gregorian) */
  birthDate: string;
  /** Passport number: needed once, the first time an applicant account files, to link it to the holder */
  passportNumber?: string | null | undefined;
  /** The holder’s current or earlier UI number (統一證號) */
  uiNumber: string;
};

export type AmendmentFieldsFragment = { id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, filedByRole: Role, createdAt: string, submittedAt: string | null, draftExpiresAt: string | null, applicant: { uiNumber: string, englishSurname: string, englishGivenName: string }, requested: { residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, sha256: string, downloadUrl: string }>, fee: { amount: number, currency: string, status: FeeStatus, payable: boolean } };

export type StartAmendmentMutationVariables = Exact<{
  input: StartAmendmentInput;
}>;


export type StartAmendmentMutation = { startAmendment: { id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, filedByRole: Role, createdAt: string, submittedAt: string | null, draftExpiresAt: string | null, applicant: { uiNumber: string, englishSurname: string, englishGivenName: string }, requested: { residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, sha256: string, downloadUrl: string }>, fee: { amount: number, currency: string, status: FeeStatus, payable: boolean } } };

export type SaveAmendmentDraftMutationVariables = Exact<{
  id: string | number;
  input: SaveAmendmentDraftInput;
}>;


export type SaveAmendmentDraftMutation = { saveAmendmentDraft: { id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, filedByRole: Role, createdAt: string, submittedAt: string | null, draftExpiresAt: string | null, applicant: { uiNumber: string, englishSurname: string, englishGivenName: string }, requested: { residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, sha256: string, downloadUrl: string }>, fee: { amount: number, currency: string, status: FeeStatus, payable: boolean } } };

export type UploadAmendmentDocumentMutationVariables = Exact<{
  amendmentId: string | number;
  type: DocumentType;
  file: File;
}>;


export type UploadAmendmentDocumentMutation = { uploadAmendmentDocument: { id: string, type: DocumentType, originalName: string, mimeType: string, size: number, sha256: string, width: number | null, height: number | null, downloadUrl: string } };

export type SubmitAmendmentMutationVariables = Exact<{
  id: string | number;
  idempotencyKey: string;
}>;


export type SubmitAmendmentMutation = { submitAmendment: { id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, filedByRole: Role, createdAt: string, submittedAt: string | null, draftExpiresAt: string | null, applicant: { uiNumber: string, englishSurname: string, englishGivenName: string }, requested: { residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, sha256: string, downloadUrl: string }>, fee: { amount: number, currency: string, status: FeeStatus, payable: boolean } } };

export type GetAmendmentQueryVariables = Exact<{
  id: string | number;
}>;


export type GetAmendmentQuery = { amendment: { id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, version: number, filedByRole: Role, createdAt: string, submittedAt: string | null, draftExpiresAt: string | null, events: Array<{ type: string, at: string, fromStatus: AmendmentStatus | null, toStatus: AmendmentStatus | null, statusLabel: string | null, actorRole: string | null, note: string | null }>, applicant: { uiNumber: string, englishSurname: string, englishGivenName: string }, requested: { residence: { postalCode: string | null, city: string, district: string, line: string } }, changes: Array<{ field: string, before: string, after: string }>, checklist: Array<{ type: DocumentType, label: string, uploaded: number }>, documents: Array<{ id: string, type: DocumentType, originalName: string, mimeType: string, size: number, sha256: string, downloadUrl: string }>, fee: { amount: number, currency: string, status: FeeStatus, payable: boolean } } };

export type MyAmendmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAmendmentsQuery = { myAmendments: Array<{ id: string, applicationNumber: string | null, status: AmendmentStatus, statusLabel: string, items: Array<AmendmentItem>, submittedAt: string | null, applicant: { uiNumber: string } }> };

export type AmendmentRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type AmendmentRequirementsQuery = { amendmentRequirements: Array<{ item: AmendmentItem, label: string, needsReview: boolean, printsCard: boolean, documents: Array<{ type: DocumentType, label: string, allowedFormats: Array<string>, maxBytes: number, minWidth: number | null, minHeight: number | null, summary: string }> }> };

export type CurrentTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentTermsQuery = { amendmentTerms: { version: string, accepted: boolean } };

export type AcceptTermsMutationVariables = Exact<{
  version: string;
}>;


export type AcceptTermsMutation = { acceptAmendmentTerms: { version: string, acceptedAt: string } };
