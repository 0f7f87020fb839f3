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
  /** An ISO 8601 calendar date, such as 2025-01-31. */
  Date: { input: string; output: string; }
};

export type FieldOfExpertise = {
  __typename?: 'FieldOfExpertise';
  code: Scalars['String']['output'];
  listVersion: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZhTw: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  fieldsOfExpertise: Array<FieldOfExpertise>;
};


export type QueryFieldsOfExpertiseArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type FieldsOfExpertiseQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldsOfExpertiseQuery = { fieldsOfExpertise: Array<{ code: string, name: string, nameZhTw: string, nameEn: string, listVersion: number }> };
