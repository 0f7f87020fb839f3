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

/** A new applicant, employer or agency account */
export type RegisterInput = {
  /** Account name: 4–64 letters, digits, dot, hyphen or underscore */
  account: string;
  /** The characters shown in the captcha image */
  captchaAnswer: string;
  /** Id of the captcha from `captcha` */
  captchaId: string;
  /** Name shown to officers and in emails */
  displayName: string;
  /** Email address; the account is usable once a link sent there is opened */
  email: string;
  /** Language for emails: zh-TW (default) or en */
  locale?: string | null | undefined;
  /** Company name: required for EMPLOYER and AGENCY */
  organisationName?: string | null | undefined;
  /** Password: at least 12 characters (configurable), not a common one */
  password: string;
  /** APPLICANT, EMPLOYER or AGENCY (staff are created by a supervisor) */
  role: Role;
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

export type AccountCaptchaQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountCaptchaQuery = { captcha: { id: string, image: string, expiresAt: string } };

export type AccountLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AccountLoginMutation = { login: { expiresAt: string, absoluteExpiresAt: string, passwordExpiresAt: string | null, restricted: boolean, account: { id: string, accountName: string, displayName: string, email: string, role: Role, organisationName: string | null, applicantId: string | null, locale: string } } };

export type AccountRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type AccountRegisterMutation = { register: { accepted: boolean, message: string } };

export type AccountVerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type AccountVerifyEmailMutation = { verifyEmail: { accepted: boolean, message: string } };

export type AccountResendVerificationMutationVariables = Exact<{
  email: string;
}>;


export type AccountResendVerificationMutation = { resendVerificationEmail: { accepted: boolean, message: string } };

export type AccountRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type AccountRequestPasswordResetMutation = { requestPasswordReset: { accepted: boolean, message: string } };

export type AccountResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type AccountResetPasswordMutation = { resetPassword: { accepted: boolean, message: string } };

export type AccountRecoverNameMutationVariables = Exact<{
  email: string;
}>;


export type AccountRecoverNameMutation = { recoverAccountName: { accepted: boolean, message: string } };

export type AccountChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type AccountChangePasswordMutation = { changePassword: { id: string, passwordChangedAt: string, passwordExpiresAt: string | null } };

export type AccountProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountProfileQuery = { me: { id: string, accountName: string, displayName: string, email: string, emailVerified: boolean, role: Role, organisationName: string | null, locale: string, passwordChangedAt: string, passwordExpiresAt: string | null } };

export type AccountConfirmContactEmailMutationVariables = Exact<{
  token: string;
}>;


export type AccountConfirmContactEmailMutation = { confirmAmendmentEmail: { applicationNumber: string, status: AmendmentStatus, statusLabel: string } };

export type HomeRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRequirementsQuery = { amendmentRequirements: Array<{ item: AmendmentItem, label: string, needsReview: boolean, printsCard: boolean, fee: { amount: number, amountHongKongMacau: number, explanation: string }, documents: Array<{ type: DocumentType, label: string, summary: string }> }> };

export type SessionFieldsFragment = { expiresAt: string, absoluteExpiresAt: string, passwordExpiresAt: string | null, restricted: boolean, account: { id: string, accountName: string, displayName: string, email: string, role: Role, organisationName: string | null, applicantId: string | null, locale: string } };

export type PortalSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSessionQuery = { session: { expiresAt: string, absoluteExpiresAt: string, passwordExpiresAt: string | null, restricted: boolean, account: { id: string, accountName: string, displayName: string, email: string, role: Role, organisationName: string | null, applicantId: string | null, locale: string } } | null };

export type StaySignedInQueryVariables = Exact<{ [key: string]: never; }>;


export type StaySignedInQuery = { me: { id: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const AccountCaptchaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountCaptcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"captcha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"image"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AccountCaptchaQuery, AccountCaptchaQueryVariables>;
export const AccountLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<AccountLoginMutation, AccountLoginMutationVariables>;
export const AccountRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AccountRegisterMutation, AccountRegisterMutationVariables>;
export const AccountVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AccountVerifyEmailMutation, AccountVerifyEmailMutationVariables>;
export const AccountResendVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountResendVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AccountResendVerificationMutation, AccountResendVerificationMutationVariables>;
export const AccountRequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AccountRequestPasswordResetMutation, AccountRequestPasswordResetMutationVariables>;
export const AccountResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AccountResetPasswordMutation, AccountResetPasswordMutationVariables>;
export const AccountRecoverNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountRecoverName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoverAccountName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AccountRecoverNameMutation, AccountRecoverNameMutationVariables>;
export const AccountChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}}]}}]}}]} as unknown as DocumentNode<AccountChangePasswordMutation, AccountChangePasswordMutationVariables>;
export const AccountProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"passwordChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}}]}}]}}]} as unknown as DocumentNode<AccountProfileQuery, AccountProfileQueryVariables>;
export const AccountConfirmContactEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountConfirmContactEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAmendmentEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}}]}}]}}]} as unknown as DocumentNode<AccountConfirmContactEmailMutation, AccountConfirmContactEmailMutationVariables>;
export const HomeRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendmentRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}},{"kind":"Field","name":{"kind":"Name","value":"printsCard"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountHongKongMacau"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]} as unknown as DocumentNode<HomeRequirementsQuery, HomeRequirementsQueryVariables>;
export const PortalSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"absoluteExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"passwordExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<PortalSessionQuery, PortalSessionQueryVariables>;
export const StaySignedInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaySignedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StaySignedInQuery, StaySignedInQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;