/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n": typeof types.AccountCaptchaDocument,
    "\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.AccountLoginDocument,
    "\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountRegisterDocument,
    "\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountVerifyEmailDocument,
    "\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountResendVerificationDocument,
    "\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountRequestPasswordResetDocument,
    "\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountResetPasswordDocument,
    "\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n": typeof types.AccountRecoverNameDocument,
    "\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": typeof types.AccountChangePasswordDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": typeof types.AccountProfileDocument,
    "\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n": typeof types.AccountConfirmContactEmailDocument,
    "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n": typeof types.HomeRequirementsDocument,
    "\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n": typeof types.PortalSessionDocument,
    "\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n": typeof types.StaySignedInDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n": types.AccountCaptchaDocument,
    "\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.AccountLoginDocument,
    "\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n": types.AccountRegisterDocument,
    "\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n": types.AccountVerifyEmailDocument,
    "\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n": types.AccountResendVerificationDocument,
    "\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n": types.AccountRequestPasswordResetDocument,
    "\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n": types.AccountResetPasswordDocument,
    "\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n": types.AccountRecoverNameDocument,
    "\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": types.AccountChangePasswordDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n": types.AccountProfileDocument,
    "\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n": types.AccountConfirmContactEmailDocument,
    "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n": types.HomeRequirementsDocument,
    "\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n": types.PortalSessionDocument,
    "\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n": types.StaySignedInDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query AccountCaptcha {\n    captcha {\n      id\n      image\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AccountLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountVerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountResendVerification($email: String!) {\n    resendVerificationEmail(email: $email) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation AccountRecoverName($email: String!) {\n    recoverAccountName(email: $email) {\n      accepted\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation AccountChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      id\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"): (typeof documents)["\n  query AccountProfile {\n    me {\n      id\n      accountName\n      displayName\n      email\n      emailVerified\n      role\n      organisationName\n      locale\n      passwordChangedAt\n      passwordExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n"): (typeof documents)["\n  mutation AccountConfirmContactEmail($token: String!) {\n    confirmAmendmentEmail(token: $token) {\n      applicationNumber\n      status\n      statusLabel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      fee {\n        amount\n        amountHongKongMacau\n        explanation\n      }\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;