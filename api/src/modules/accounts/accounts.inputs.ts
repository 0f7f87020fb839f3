import { Field, InputType } from 'type-graphql';
import { z } from 'zod';
import { Role } from '../../shared/actor.js';

/** Shapes only; the password policy (length, common passwords) is checked by the service. */
const accountName = z
  .string()
  .trim()
  .toLowerCase()
  .min(4)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/);
export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());
const password = z.string().min(1).max(1000);
const captchaId = z.string().min(1).max(64);
const captchaAnswer = z.string().trim().min(1).max(16);

@InputType({ description: 'Credentials and the captcha shown on the login page' })
export class LoginInput {
  @Field({ description: 'Account name (case-insensitive)' })
  account!: string;

  @Field({ description: 'Password' })
  password!: string;

  @Field({ description: 'Id of the captcha from `captcha`' })
  captchaId!: string;

  @Field({ description: 'The characters shown in the captcha image' })
  captchaAnswer!: string;

  @Field({
    defaultValue: false,
    description:
      'Browsers: true sets an HttpOnly session cookie and leaves `Session.token` empty. Other clients: false returns the token for `Authorization: Bearer`.',
  })
  cookie!: boolean;
}

export const loginSchema = z.object({
  account: z.string().trim().toLowerCase().min(1).max(64),
  password,
  captchaId,
  captchaAnswer,
  cookie: z.boolean(),
});

@InputType({ description: 'A new applicant, employer or agency account' })
export class RegisterInput {
  @Field({ description: 'Account name: 4–64 letters, digits, dot, hyphen or underscore' })
  account!: string;

  @Field({ description: 'Email address; the account is usable once a link sent there is opened' })
  email!: string;

  @Field({ description: 'Password: at least 12 characters (configurable), not a common one' })
  password!: string;

  @Field({ description: 'Name shown to officers and in emails' })
  displayName!: string;

  @Field(() => Role, {
    description: 'APPLICANT, EMPLOYER or AGENCY (staff are created by a supervisor)',
  })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'Company name: required for EMPLOYER and AGENCY',
  })
  organisationName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Language for emails: zh-TW (default) or en',
  })
  locale?: string | null;

  @Field({ description: 'Id of the captcha from `captcha`' })
  captchaId!: string;

  @Field({ description: 'The characters shown in the captcha image' })
  captchaAnswer!: string;
}

export const registerSchema = z
  .object({
    account: accountName,
    email,
    password,
    displayName: z.string().trim().min(1).max(120),
    role: z.enum([Role.APPLICANT, Role.EMPLOYER, Role.AGENCY]),
    organisationName: z.string().trim().min(1).max(120).nullish(),
    locale: z.enum(['zh-TW', 'en']).nullish(),
    captchaId,
    captchaAnswer,
  })
  .refine((v) => v.role === Role.APPLICANT || Boolean(v.organisationName), {
    path: ['organisationName'],
    params: { problem: 'REQUIRED' },
  });

@InputType({ description: 'A staff account, created by a supervisor' })
export class CreateStaffAccountInput {
  @Field({ description: 'Account name: 4–64 letters, digits, dot, hyphen or underscore' })
  account!: string;

  @Field({ description: 'Work email address' })
  email!: string;

  @Field({ description: 'Name shown in the console and the audit trail' })
  displayName!: string;

  @Field(() => Role, { description: 'OFFICER or SUPERVISOR' })
  role!: Role;
}

export const staffSchema = z.object({
  account: accountName,
  email,
  displayName: z.string().trim().min(1).max(120),
  role: z.enum([Role.OFFICER, Role.SUPERVISOR]),
});

export const changePasswordSchema = z.object({ currentPassword: password, newPassword: password });
export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(200),
  newPassword: password,
});
export const emailOnlySchema = z.object({ email });
export const tokenSchema = z.object({ token: z.string().min(1).max(200) });
