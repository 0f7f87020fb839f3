/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type HomeRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRequirementsQuery = { amendmentRequirements: Array<{ item: AmendmentItem, label: string, needsReview: boolean, printsCard: boolean, documents: Array<{ type: DocumentType, label: string, summary: string }> }> };

export type SessionFieldsFragment = { expiresAt: string, absoluteExpiresAt: string, passwordExpiresAt: string | null, restricted: boolean, account: { id: string, accountName: string, displayName: string, email: string, role: Role, organisationName: string | null, applicantId: string | null, locale: string } };

export type PortalSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSessionQuery = { session: { expiresAt: string, absoluteExpiresAt: string, passwordExpiresAt: string | null, restricted: boolean, account: { id: string, accountName: string, displayName: string, email: string, role: Role, organisationName: string | null, applicantId: string | null, locale: string } } | null };

export type StaySignedInQueryVariables = Exact<{ [key: string]: never; }>;


export type StaySignedInQuery = { me: { id: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const HomeRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendmentRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"printsCard"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<HomeRequirementsQuery, HomeRequirementsQueryVariables>;
export const PortalSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<PortalSessionQuery, PortalSessionQueryVariables>;
export const StaySignedInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaySignedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaySignedInQuery, StaySignedInQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;