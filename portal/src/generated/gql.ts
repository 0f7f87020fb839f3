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
    "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n": typeof types.HomeRequirementsDocument,
    "\n  fragment SessionFields on Session {\n    expiresAt\n    absoluteExpiresAt\n    passwordExpiresAt\n    restricted\n    account {\n      id\n      accountName\n      displayName\n      email\n      role\n      organisationName\n      applicantId\n      locale\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query PortalSession {\n    session {\n      ...SessionFields\n    }\n  }\n": typeof types.PortalSessionDocument,
    "\n  query StaySignedIn {\n    me {\n      id\n    }\n  }\n": typeof types.StaySignedInDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n": types.HomeRequirementsDocument,
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
export function graphql(source: "\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeRequirements {\n    amendmentRequirements {\n      item\n      label\n      needsReview\n      printsCard\n      documents {\n        type\n        label\n        summary\n      }\n    }\n  }\n"];
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