import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../../shared/actor.js';
import { AppError } from '../../shared/errors.js';
import type { Locale } from '../../shared/request-context.js';
import { Account } from './account.entity.js';
import { CreateStaffAccountInput, LoginInput, RegisterInput } from './accounts.inputs.js';
import {
  AccountPolicyView,
  AccountView,
  CaptchaView,
  RequestAccepted,
  SessionView,
  StaffAccountCreated,
} from './accounts.types.js';
import { AuthService } from './auth.service.js';
import { CaptchaService } from './captcha.service.js';
import { consume } from './rate-limits.js';
import { RegistrationService } from './registration.service.js';
import type { Session } from './session.entity.js';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { passwordExpiresAt } from './session.service.js';
import { createStaffAccount } from './staff.service.js';
import type { AuthSettings } from '../../config.js';

const ACCEPTED = {
  register: {
    en: 'If the details can be used, we have sent a link to the email address. Open it within the time stated to activate the account.',
    zhTw: '若資料可使用，我們已寄出驗證信，請於期限內點選信中連結以啟用帳號。',
  },
  resend: {
    en: 'If an unconfirmed account uses this address, a new link is on its way.',
    zhTw: '若此電子郵件有尚未驗證的帳號，新的驗證信已寄出。',
  },
  verified: {
    en: 'Your email address is confirmed. You can log in now.',
    zhTw: '電子郵件已驗證，您現在可以登入。',
  },
  reset: {
    en: 'If an account uses this address, we have sent a link to set a new password.',
    zhTw: '若有帳號使用此電子郵件，我們已寄出重設密碼的連結。',
  },
  resetDone: {
    en: 'Your password is set and the account is unlocked. Please log in again.',
    zhTw: '密碼已重設，帳號已解除鎖定，請重新登入。',
  },
  accountName: {
    en: 'If an account uses this address, we have emailed its account name.',
    zhTw: '若有帳號使用此電子郵件，我們已將帳號名稱寄至該信箱。',
  },
} as const;

function accepted(key: keyof typeof ACCEPTED, locale: Locale): RequestAccepted {
  return { accepted: true, message: locale === 'en' ? ACCEPTED[key].en : ACCEPTED[key].zhTw };
}

export function toAccountView(account: Account, settings: AuthSettings): AccountView {
  return {
    id: account.id,
    accountName: account.accountName,
    email: account.email,
    role: account.role,
    displayName: account.displayName,
    organisationName: account.organisationName ?? null,
    locale: account.locale,
    emailVerified: Boolean(account.emailVerifiedAt),
    applicantId: account.applicant?.id ?? null,
    passwordChangedAt: account.passwordChangedAt,
    passwordExpiresAt: passwordExpiresAt(account, settings),
    lastLoginAt: account.lastLoginAt ?? null,
    disabled: Boolean(account.disabledAt),
    locked: Boolean(account.lockedAt),
  };
}

/** The rules as configured (docs/security.md lists the settings). */
export function accountPolicyOf(settings: AuthSettings): AccountPolicyView {
  return {
    passwordMinLength: settings.passwordMinLength,
    passwordMaxLength: PASSWORD_MAX_LENGTH,
    lockoutThreshold: settings.lockoutThreshold,
    emailVerificationHours: settings.emailVerificationTtlHours,
    passwordResetMinutes: settings.passwordResetTtlMinutes,
    // 0 turns rotation off (session.service.ts: passwordExpiresAt).
    passwordMaxAgeDays: settings.passwordMaxAgeDays === 0 ? null : settings.passwordMaxAgeDays,
    sessionIdleMinutes: settings.sessionIdleMinutes,
    sessionMaxHours: settings.sessionAbsoluteHours,
  };
}

function toSessionView(
  session: Session,
  token: string | null,
  settings: AuthSettings,
): SessionView {
  return {
    token,
    expiresAt: session.expiresAt,
    absoluteExpiresAt: session.absoluteExpiresAt,
    passwordExpiresAt: passwordExpiresAt(session.account, settings),
    restricted: session.restricted,
    account: toAccountView(session.account, settings),
  };
}

@Resolver()
export class AccountsResolver {
  @Query(() => CaptchaView, { description: 'A new captcha for the login or registration form' })
  async captcha(@Ctx() ctx: GraphQLContext): Promise<CaptchaView> {
    await consume(ctx.services.limits.captchaPerIp, ctx.ip ?? 'unknown');
    return new CaptchaService(ctx.em, ctx.services.config.auth).create();
  }

  @Mutation(() => SessionView, { description: 'Logs in with account name, password and captcha' })
  async login(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => LoginInput, { description: 'Credentials and captcha' }) input: LoginInput,
  ): Promise<SessionView> {
    const { session, token } = await new AuthService(ctx.em, ctx.services, ctx.actor).login(
      { ...input },
      { ip: ctx.ip, userAgent: ctx.userAgent },
    );
    if (input.cookie) ctx.http?.setSessionCookie(token, session.absoluteExpiresAt);
    return toSessionView(session, input.cookie ? null : token, ctx.services.config.auth);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (true if there was one)' })
  async logout(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    ctx.http?.clearSessionCookie();
    return new AuthService(ctx.em, ctx.services, ctx.actor).logout(ctx.session);
  }

  @Query(() => SessionView, {
    nullable: true,
    description:
      'The current session, for the logout countdown (empty when not logged in). Does not extend it.',
  })
  session(@Ctx() ctx: GraphQLContext): SessionView | null {
    if (ctx.actor.kind === 'anonymous' && ctx.actor.sessionExpired)
      throw new AppError('SESSION_EXPIRED');
    return ctx.session ? toSessionView(ctx.session, null, ctx.services.config.auth) : null;
  }

  @Query(() => AccountPolicyView, {
    description:
      'Public: the password, lockout, link and session rules this server applies (they are settings of the deployment), for forms to state them',
  })
  accountPolicy(@Ctx() ctx: GraphQLContext): AccountPolicyView {
    return accountPolicyOf(ctx.services.config.auth);
  }

  @Authorized()
  @Query(() => AccountView, { description: 'The account logged in' })
  async me(@Ctx() ctx: GraphQLContext): Promise<AccountView> {
    if (ctx.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    const account = await ctx.em.findOneOrFail(Account, { id: ctx.actor.accountId });
    return toAccountView(account, ctx.services.config.auth);
  }

  @Authorized()
  @Mutation(() => AccountView, {
    description: 'Changes the password; ends the account’s other sessions and lifts a restriction',
  })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('currentPassword', { description: 'The password now in use' }) currentPassword: string,
    @Arg('newPassword', { description: 'The new password' }) newPassword: string,
  ): Promise<AccountView> {
    const account = await new AuthService(ctx.em, ctx.services, ctx.actor).changePassword(
      { currentPassword, newPassword },
      ctx.session,
    );
    return toAccountView(account, ctx.services.config.auth);
  }

  @Mutation(() => RequestAccepted, {
    description: 'Registers an applicant, employer or agency account',
  })
  async register(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RegisterInput, { description: 'The new account' }) input: RegisterInput,
  ): Promise<RequestAccepted> {
    await this.registration(ctx).register({ ...input });
    return accepted('register', ctx.locale);
  }

  @Mutation(() => RequestAccepted, { description: 'Sends a new verification link' })
  async resendVerificationEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', { description: 'The address registered' }) email: string,
  ): Promise<RequestAccepted> {
    await this.registration(ctx).resendVerification({ email });
    return accepted('resend', ctx.locale);
  }

  @Mutation(() => RequestAccepted, {
    description: 'Confirms an email address with the emailed token',
  })
  async verifyEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', { description: 'The token from the link' }) token: string,
  ): Promise<RequestAccepted> {
    await this.registration(ctx).verifyEmail({ token });
    return accepted('verified', ctx.locale);
  }

  @Mutation(() => RequestAccepted, {
    description: 'Emails a link to set a new password (also unlocks)',
  })
  async requestPasswordReset(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', { description: 'The account’s email address' }) email: string,
  ): Promise<RequestAccepted> {
    await this.registration(ctx).requestPasswordReset({ email });
    return accepted('reset', ctx.locale);
  }

  @Mutation(() => RequestAccepted, { description: 'Sets a new password with the emailed token' })
  async resetPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', { description: 'The token from the link' }) token: string,
    @Arg('newPassword', { description: 'The new password' }) newPassword: string,
  ): Promise<RequestAccepted> {
    await this.registration(ctx).resetPassword({ token, newPassword });
    return accepted('resetDone', ctx.locale);
  }

  @Mutation(() => RequestAccepted, {
    description: 'Emails the account name used with this address',
  })
  async recoverAccountName(
    @Ctx() ctx: GraphQLContext,
    @Arg('email', { description: 'The account’s email address' }) email: string,
  ): Promise<RequestAccepted> {
    await this.registration(ctx).recoverAccountName({ email });
    return accepted('accountName', ctx.locale);
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => StaffAccountCreated, {
    description: 'Supervisors: creates an officer or supervisor account',
  })
  async createStaffAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateStaffAccountInput, { description: 'The new staff account' })
    input: CreateStaffAccountInput,
  ): Promise<StaffAccountCreated> {
    const { account, temporaryPassword } = await createStaffAccount(ctx.em, ctx.actor, {
      ...input,
    });
    return { account: toAccountView(account, ctx.services.config.auth), temporaryPassword };
  }

  private registration(ctx: GraphQLContext) {
    return new RegistrationService(ctx.em, ctx.services, ctx.actor, ctx.ip);
  }
}
