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

/** Highest education completed (最高學歷) */
export type Education =
  | 'ASSOCIATE'
  | 'BACHELOR'
  | 'DOCTORATE'
  | 'MASTER'
  | 'OTHER'
  | 'SECONDARY';

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

/** Marital status (婚姻狀況) */
export type MaritalStatus =
  | 'DIVORCED'
  | 'MARRIED'
  | 'SINGLE'
  | 'WIDOWED';

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

export type Query = {
  __typename?: 'Query';
  /** One holder, to officers or to the holder themself */
  applicant: Applicant;
  /** Officers: search holders, sorted by English name */
  applicants: ApplicantPage;
  /** Checks the shape and check digit of a UI number (no lookup, public) */
  checkUiNumber: UiNumberCheckResult;
  /** Places where a card can be collected */
  collectionPlaces: Array<ServiceCentre>;
  /** Countries and areas (ISO 3166-1) for nationality fields */
  countries: Array<Country>;
  /** Fields of expertise in force on a day (default today), in official order */
  fieldsOfExpertise: Array<FieldOfExpertise>;
};


export type QueryApplicantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicantsArgs = {
  filter?: InputMaybe<ApplicantFilter>;
  page?: Scalars['Int']['input'];
  perPage?: Scalars['Int']['input'];
};


export type QueryCheckUiNumberArgs = {
  uiNumber: Scalars['String']['input'];
};


export type QueryFieldsOfExpertiseArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
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

/** Sex as registered on the card */
export type Sex =
  | 'FEMALE'
  | 'MALE';

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

export type FieldsOfExpertiseQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldsOfExpertiseQuery = { fieldsOfExpertise: Array<{ code: string, name: string, nameZhTw: string, nameEn: string, listVersion: number }> };
