import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import { hashPassword } from '../../shared/passwords.js';
import { portalLinks } from '../../shared/portal-links.js';
import { parseInput } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { enqueueMail } from '../notifications/mail.service.js';
import { Account } from './account.entity.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import {
  emailOnlySchema,
  registerSchema,
  resetPasswordSchema,
  tokenSchema,
} from './accounts.inputs.js';
import { CaptchaService } from './captcha.service.js';
import { passwordProblems } from './password-policy.js';
import { consume } from './rate-limits.js';
import { SessionService } from './session.service.js';
import { hashToken, newToken } from './tokens.js';

/**
 * Registration, email verification and recovery. Every answer about an email address is the
 * same whether or not an account uses it; what differs goes to that address's inbox.
 */
export class RegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
    private readonly ip: string | undefined,
  ) {}

  private get settings() {
    return this.services.config.auth;
  }

  /** Mailed links open the applicants' portal, whose pages call the mutations below. */
  private get links() {
    return portalLinks(this.services.config);
  }

  private issueToken(
    em: EntityManager,
    account: Account,
    purpose: AccountTokenPurpose,
    ttlMs: number,
  ) {
    const token = newToken();
    const record = new AccountToken();
    record.account = account;
    record.purpose = purpose;
    record.tokenHash = hashToken(token);
    record.expiresAt = new Date(Date.now() + ttlMs);
    em.persist(record);
    return token;
  }

  /** Earlier unused links of the same kind stop working when a new one is sent. */
  private async retireTokens(em: EntityManager, account: Account, purpose: AccountTokenPurpose) {
    await em.nativeUpdate(AccountToken, { account, purpose, usedAt: null }, { usedAt: new Date() });
  }

  private async limitRecovery(email: string) {
    await consume(this.services.limits.recoveryPerIp, this.ip ?? 'unknown');
    await consume(this.services.limits.recoveryPerEmail, hashToken(email));
  }

  async register(input: unknown): Promise<void> {
    const data = parseInput(registerSchema, input, 'input');
    const problems = passwordProblems(data.password, {
      minLength: this.settings.passwordMinLength,
      field: 'input.password',
      context: [data.account, data.email, data.displayName],
    });
    if (problems.length) throw badInput(problems);
    await this.limitRecovery(data.email);
    await new CaptchaService(this.em, this.settings).verify(data.captchaId, data.captchaAnswer);
    if (await this.em.count(Account, { accountName: data.account })) {
      throw badInput([{ field: 'input.account', problem: 'ACCOUNT_NAME_UNAVAILABLE' }]);
    }
    // Hash before looking at the email, so both outcomes cost the same time.
    const passwordHash = await hashPassword(data.password);
    const locale = data.locale ?? 'zh-TW';
    await this.em.transactional(async (em) => {
      const existing = await em.findOne(Account, { email: data.email });
      if (existing) {
        enqueueMail(em, {
          to: existing.email,
          locale: existing.locale,
          template: 'EMAIL_ALREADY_REGISTERED',
          params: {
            link: this.links.forgotPassword,
            signInLink: this.links.signIn(existing.role),
            accountNameLink: this.links.forgotAccountName,
          },
        });
        recordAudit(em, {
          action: 'account.register.duplicate-email',
          actor: this.actor,
          entityType: 'Account',
          entityId: existing.id,
          success: false,
        });
        return;
      }
      const account = Object.assign(new Account(), {
        accountName: data.account,
        email: data.email,
        passwordHash,
        role: data.role,
        displayName: data.displayName,
        organisationName: data.organisationName ?? null,
        locale,
      });
      em.persist(account);
      const token = this.issueToken(
        em,
        account,
        AccountTokenPurpose.VERIFY_EMAIL,
        this.settings.emailVerificationTtlHours * 3_600_000,
      );
      enqueueMail(em, {
        to: account.email,
        locale,
        template: 'EMAIL_VERIFICATION',
        params: {
          displayName: account.displayName,
          link: this.links.verifyEmail(token),
          expiresInHours: this.settings.emailVerificationTtlHours,
          resendLink: this.links.resendVerification,
        },
      });
      recordAudit(em, {
        action: 'account.register',
        actor: this.actor,
        entityType: 'Account',
        entityId: account.id,
        detail: { role: account.role },
      });
    });
    this.services.kickMail();
  }

  async resendVerification(input: unknown): Promise<void> {
    const { email } = parseInput(emailOnlySchema, input, '');
    await this.limitRecovery(email);
    await this.em.transactional(async (em) => {
      const account = await em.findOne(Account, { email, emailVerifiedAt: null });
      if (!account) return;
      await this.retireTokens(em, account, AccountTokenPurpose.VERIFY_EMAIL);
      const token = this.issueToken(
        em,
        account,
        AccountTokenPurpose.VERIFY_EMAIL,
        this.settings.emailVerificationTtlHours * 3_600_000,
      );
      enqueueMail(em, {
        to: account.email,
        locale: account.locale,
        template: 'EMAIL_VERIFICATION',
        params: {
          displayName: account.displayName,
          link: this.links.verifyEmail(token),
          expiresInHours: this.settings.emailVerificationTtlHours,
          resendLink: this.links.resendVerification,
        },
      });
      recordAudit(em, {
        action: 'account.verification.resent',
        actor: this.actor,
        entityType: 'Account',
        entityId: account.id,
      });
    });
    this.services.kickMail();
  }

  /** Spends a token atomically: of two concurrent uses, exactly one succeeds. */
  private async spendToken(
    em: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
  ): Promise<string> {
    const rows = await em.getConnection().execute<{ account_id: string }[]>(
      `update account_token set used_at = now()
        where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
        returning account_id`,
      [hashToken(token), purpose],
      'all',
      em.getTransactionContext(),
    );
    const accountId = rows[0]?.account_id;
    if (!accountId) throw new AppError('TOKEN_INVALID');
    return accountId;
  }

  async verifyEmail(input: unknown): Promise<void> {
    const { token } = parseInput(tokenSchema, input, '');
    await this.em.transactional(async (em) => {
      const accountId = await this.spendToken(em, token, AccountTokenPurpose.VERIFY_EMAIL);
      const account = await em.findOneOrFail(Account, { id: accountId });
      account.emailVerifiedAt ??= new Date();
      recordAudit(em, {
        action: 'account.email.verified',
        actor: this.actor,
        entityType: 'Account',
        entityId: account.id,
      });
    });
  }

  async requestPasswordReset(input: unknown): Promise<void> {
    const { email } = parseInput(emailOnlySchema, input, '');
    await this.limitRecovery(email);
    await this.em.transactional(async (em) => {
      const account = await em.findOne(Account, { email });
      if (!account) return;
      await this.retireTokens(em, account, AccountTokenPurpose.RESET_PASSWORD);
      const ttlMinutes = this.settings.passwordResetTtlMinutes;
      const token = this.issueToken(
        em,
        account,
        AccountTokenPurpose.RESET_PASSWORD,
        ttlMinutes * 60_000,
      );
      enqueueMail(em, {
        to: account.email,
        locale: account.locale,
        template: 'PASSWORD_RESET',
        params: {
          displayName: account.displayName,
          link: this.links.resetPassword(token),
          expiresInMinutes: ttlMinutes,
        },
      });
      recordAudit(em, {
        action: 'auth.password.reset-requested',
        actor: this.actor,
        entityType: 'Account',
        entityId: account.id,
      });
    });
    this.services.kickMail();
  }

  /** Sets a new password, unlocks the account and ends every session, in one transaction. */
  async resetPassword(input: unknown): Promise<void> {
    const data = parseInput(resetPasswordSchema, input, '');
    const pending = await this.em.findOne(
      AccountToken,
      {
        tokenHash: hashToken(data.token),
        purpose: AccountTokenPurpose.RESET_PASSWORD,
        usedAt: null,
        expiresAt: { $gt: new Date() },
      },
      { populate: ['account'] },
    );
    if (!pending) throw new AppError('TOKEN_INVALID');
    const account = pending.account;
    // A weak new password is refused before the token is spent, so the link still works.
    const problems = passwordProblems(data.newPassword, {
      minLength: this.settings.passwordMinLength,
      field: 'newPassword',
      context: [account.accountName, account.email, account.displayName],
    });
    if (problems.length) throw badInput(problems);
    const passwordHash = await hashPassword(data.newPassword);
    await this.em.transactional(async (em) => {
      await this.spendToken(em, data.token, AccountTokenPurpose.RESET_PASSWORD);
      const wasLocked = Boolean(account.lockedAt);
      account.passwordHash = passwordHash;
      account.passwordChangedAt = new Date();
      account.mustChangePassword = false;
      account.failedLoginCount = 0;
      account.lockedAt = null;
      account.emailVerifiedAt ??= new Date(); // the link proved control of the address
      const ended = await new SessionService(em, this.settings).endAllFor(
        account.id,
        'password-reset',
      );
      recordAudit(em, {
        action: 'auth.password.reset',
        actor: this.actor,
        entityType: 'Account',
        entityId: account.id,
        detail: { unlocked: wasLocked, sessionsEnded: ended },
      });
      enqueueMail(em, {
        to: account.email,
        locale: account.locale,
        template: 'PASSWORD_CHANGED',
        params: {
          displayName: account.displayName,
          time: new Date(),
          resetLink: this.links.forgotPassword,
        },
      });
    });
    this.services.kickMail();
  }

  async recoverAccountName(input: unknown): Promise<void> {
    const { email } = parseInput(emailOnlySchema, input, '');
    await this.limitRecovery(email);
    await this.em.transactional(async (em) => {
      const account = await em.findOne(Account, { email });
      if (!account) return;
      enqueueMail(em, {
        to: account.email,
        locale: account.locale,
        template: 'ACCOUNT_NAME_REMINDER',
        params: {
          accountNames: [account.accountName],
          signInLink: this.links.signIn(account.role),
        },
      });
      recordAudit(em, {
        action: 'account.name-reminder.sent',
        actor: this.actor,
        entityType: 'Account',
        entityId: account.id,
      });
    });
    this.services.kickMail();
  }
}
