import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Role } from '../../shared/actor.js';

@ObjectType('Account', { description: 'A login account as its owner (or a supervisor) sees it' })
export class AccountView {
  @Field(() => ID, { description: 'Stable identifier' })
  id!: string;

  @Field({ description: 'Account name (lower case)' })
  accountName!: string;

  @Field({ description: 'Email address for notices and recovery' })
  email!: string;

  @Field(() => Role, { description: 'What the account may do' })
  role!: Role;

  @Field({ description: 'Name shown to officers and in emails' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Company, for employers and agencies' })
  organisationName!: string | null;

  @Field({ description: 'Language for emails: zh-TW or en' })
  locale!: string;

  @Field({ description: 'Whether the email address has been confirmed' })
  emailVerified!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The holder an applicant account acts for, once bound',
  })
  applicantId!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the password was last set' })
  passwordChangedAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the password must be changed by (empty when passwords do not expire)',
  })
  passwordExpiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The latest successful login' })
  lastLoginAt!: Date | null;

  @Field({
    description:
      'Disabled by a supervisor: its login is refused (`enableStaffAccount` restores it)',
  })
  disabled!: boolean;

  @Field({
    description:
      'Locked after too many wrong passwords, until its password is reset (or, for staff, `unlockStaffAccount`)',
  })
  locked!: boolean;
}

@ObjectType('Session', { description: 'A login: drives the logout countdown' })
export class SessionView {
  @Field(() => String, {
    nullable: true,
    description:
      'Bearer token, only in the answer to `login` without `cookie: true`. Shown once; keep it secret.',
  })
  token!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the session ends unless there is activity' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the session ends regardless of activity' })
  absoluteExpiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the password expires' })
  passwordExpiresAt!: Date | null;

  @Field({ description: 'True when the password must be changed before anything else' })
  restricted!: boolean;

  @Field(() => AccountView, { description: 'The account logged in' })
  account!: AccountView;
}

@ObjectType('Captcha', { description: 'A single-use image challenge for login and registration' })
export class CaptchaView {
  @Field({ description: 'Send back as `captchaId`' })
  id!: string;

  @Field({ description: 'The image, as a `data:image/svg+xml;base64,…` URL' })
  image!: string;

  @Field(() => DateTimeScalar, { description: 'After this the answer is refused' })
  expiresAt!: Date;
}

@ObjectType({ description: 'The same answer whatever the outcome, so that it reveals nothing' })
export class RequestAccepted {
  @Field({ description: 'Always true when the request was well-formed' })
  accepted!: boolean;

  @Field({ description: "What happens next, in the caller's language" })
  message!: string;
}

@ObjectType({ description: 'A new staff account and its temporary password (shown once)' })
export class StaffAccountCreated {
  @Field(() => AccountView, { description: 'The new account' })
  account!: AccountView;

  @Field({ description: 'Temporary password; it must be changed at first login' })
  temporaryPassword!: string;
}

@ObjectType('AccountPolicy', {
  description:
    'The account rules this server applies, for forms and help pages to state them (public: the same for everyone)',
})
export class AccountPolicyView {
  @Field(() => Int, { description: 'Fewest characters a new password may have' })
  passwordMinLength!: number;

  @Field(() => Int, { description: 'Most characters a new password may have' })
  passwordMaxLength!: number;

  @Field(() => Int, {
    description:
      'Wrong passwords in a row that lock the account, until its password is reset by the emailed link',
  })
  lockoutThreshold!: number;

  @Field(() => Int, {
    description:
      'Hours an emailed confirmation link stays valid (a new account’s address, or a new contact email in an amendment)',
  })
  emailVerificationHours!: number;

  @Field(() => Int, { description: 'Minutes an emailed password-reset link stays valid' })
  passwordResetMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Days a password may be used before it must be changed; null when passwords do not expire',
  })
  passwordMaxAgeDays!: number | null;

  @Field(() => Int, {
    description: 'Minutes without activity after which a session ends (drafts are kept)',
  })
  sessionIdleMinutes!: number;

  @Field(() => Int, { description: 'Hours after which a session ends however active it is' })
  sessionMaxHours!: number;
}
