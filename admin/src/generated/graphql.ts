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
  /** Changes the password; ends the account’s other sessions and lifts a restriction */
  changePassword: Account;
  /** Supervisors: creates an officer or supervisor account */
  createStaffAccount: StaffAccountCreated;
  /** Logs in with account name, password and captcha */
  login: Session;
  /** Ends the current session (true if there was one) */
  logout: Scalars['Boolean']['output'];
  /** Emails the account name used with this address */
  recoverAccountName: RequestAccepted;
  /** Registers an applicant, employer or agency account */
  register: RequestAccepted;
  /** Emails a link to set a new password (also unlocks) */
  requestPasswordReset: RequestAccepted;
  /** Sends a new verification link */
  resendVerificationEmail: RequestAccepted;
  /** Sets a new password with the emailed token */
  resetPassword: RequestAccepted;
  /** Confirms an email address with the emailed token */
  verifyEmail: RequestAccepted;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRecoverAccountNameArgs = {
  email: Scalars['String']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResendVerificationEmailArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** One holder, to officers or to the holder themself */
  applicant: Applicant;
  /** Officers: search holders, sorted by English name */
  applicants: ApplicantPage;
  /** A new captcha for the login or registration form */
  captcha: Captcha;
  /** Checks the shape and check digit of a UI number (no lookup, public) */
  checkUiNumber: UiNumberCheckResult;
  /** Places where a card can be collected */
  collectionPlaces: Array<ServiceCentre>;
  /** Countries and areas (ISO 3166-1) for nationality fields */
  countries: Array<Country>;
  /** Fields of expertise in force on a day (default today), in official order */
  fieldsOfExpertise: Array<FieldOfExpertise>;
  /** The account logged in */
  me: Account;
  /** The current session, for the logout countdown (empty when not logged in). Does not extend it. */
  session?: Maybe<Session>;
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

/** A new staff account and its temporary password (shown once) */
export type StaffAccountCreated = {
  __typename?: 'StaffAccountCreated';
  /** The new account */
  account: Account;
  /** Temporary password; it must be changed at first login */
  temporaryPassword: Scalars['String']['output'];
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

export type FieldsOfExpertiseQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldsOfExpertiseQuery = { fieldsOfExpertise: Array<{ code: string, name: string, nameZhTw: string, nameEn: string, listVersion: number }> };
