import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../../graphql/context.js';
import type { Actor } from '../../shared/actor.js';
import { AppError, badInput } from '../../shared/errors.js';
import { hashPassword, needsRehash, verifyPassword } from '../../shared/passwords.js';
import { portalLinks } from '../../shared/portal-links.js';
import { parseInput } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { enqueueMail } from '../notifications/mail.service.js';
import { Account } from './account.entity.js';
import { changePasswordSchema, loginSchema } from './accounts.inputs.js';
import { CaptchaService } from './captcha.service.js';
import { passwordProblems } from './password-policy.js';
import { consume } from './rate-limits.js';
import { Session } from './session.entity.js';
import { SessionService } from './session.service.js';
import { hashToken } from './tokens.js';

let dummyHash: Promise<string> | undefined;
/** Verifying against this when an account does not exist makes both answers take as long. */
const timingDummy = () => (dummyHash ??= hashPassword('timing-equaliser-not-a-password'));

export interface CallerMeta {
  ip: string | undefined;
  userAgent: string | undefined;
}

export class AuthService {
  private readonly sessions: SessionService;

  constructor(
    private readonly em: EntityManager,
    private readonly services: AppServices,
    private readonly actor: Actor,
  ) {
    this.sessions = new SessionService(em, services.config.auth);
  }

  private get settings() {
    return this.services.config.auth;
  }

  async login(input: unknown, meta: CallerMeta): Promise<{ session: Session; token: string }> {
    const data = parseInput(loginSchema, input, 'input');
    const { limits } = this.services;
    const nameKey = hashToken(data.account);
    await consume(limits.loginPerIp, meta.ip ?? 'unknown');
    await consume(limits.loginPerAccount, nameKey);
    await new CaptchaService(this.em, this.settings).verify(data.captchaId, data.captchaAnswer);

    const account = await this.em.findOne(Account, { accountName: data.account });
    if (!account) {
      await verifyPassword(await timingDummy(), data.password);
      const res = await limits.unknownAccountFailures.penalty(nameKey);
      const locked = res.consumedPoints >= this.settings.lockoutThreshold;
      await this.fail(null, locked ? 'locked' : 'wrong-password', { accountTried: data.account });
      throw new AppError(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
    }

    const passwordOk = await verifyPassword(account.passwordHash, data.password);
    if (account.lockedAt) {
      await this.fail(account, 'locked');
      throw new AppError('ACCOUNT_LOCKED');
    }
    if (!passwordOk) {
      const locked = await this.countFailure(account);
      throw new AppError(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
    }
    // Only with the right password: a guesser learns nothing about the account's state.
    if (account.disabledAt) {
      await this.fail(account, 'disabled');
      throw new AppError('ACCOUNT_DISABLED');
    }
    if (!account.emailVerifiedAt) {
      await this.fail(account, 'email-not-verified');
      throw new AppError('EMAIL_NOT_VERIFIED');
    }

    account.failedLoginCount = 0;
    account.lastLoginAt = new Date();
    if (needsRehash(account.passwordHash)) account.passwordHash = await hashPassword(data.password);
    const opened = this.sessions.open(account, meta);
    recordAudit(this.em, {
      action: 'auth.login.success',
      actor: { kind: 'account', accountId: account.id, role: account.role, applicantId: null },
      entityType: 'Account',
      entityId: account.id,
      detail: { restricted: opened.session.restricted },
    });
    await this.em.flush();
    return opened;
  }

  /** Records a refused login in its own commit: the audit must outlive the error. */
  private async fail(
    account: Account | null,
    reason: string,
    detail: Record<string, unknown> = {},
  ) {
    recordAudit(this.em, {
      action: 'auth.login.failure',
      actor: this.actor,
      entityType: 'Account',
      entityId: account?.id ?? null,
      success: false,
      detail: { reason, ...detail },
    });
    await this.em.flush();
  }

  /** Atomic even when several wrong passwords arrive at once; locks at the threshold. */
  private async countFailure(account: Account): Promise<boolean> {
    const rows = await this.em
      .getConnection()
      .execute<{ failed_login_count: number; just_locked: boolean }[]>(
        `update account
          set failed_login_count = failed_login_count + 1,
              locked_at = case when failed_login_count + 1 >= ? then coalesce(locked_at, now()) else locked_at end
        where id = ?
        returning failed_login_count, (locked_at is not null) as just_locked`,
        [this.settings.lockoutThreshold, account.id],
      );
    const locked = Boolean(rows[0]?.just_locked);
    await this.fail(account, 'wrong-password', {
      consecutiveFailures: rows[0]?.failed_login_count,
    });
    if (locked) {
      recordAudit(this.em, {
        action: 'auth.lockout',
        actor: 'system',
        entityType: 'Account',
        entityId: account.id,
      });
      enqueueMail(this.em, {
        to: account.email,
        locale: account.locale,
        template: 'ACCOUNT_LOCKED',
        params: {
          displayName: account.displayName,
          resetLink: portalLinks(this.services.config).forgotPassword,
        },
      });
      await this.em.flush();
      this.services.kickMail();
    }
    return locked;
  }

  async logout(session: Session | null): Promise<boolean> {
    if (!session || this.actor.kind !== 'account') return false;
    await this.sessions.end(session.id, 'logout');
    recordAudit(this.em, {
      action: 'auth.logout',
      actor: this.actor,
      entityType: 'Session',
      entityId: session.id,
    });
    await this.em.flush();
    return true;
  }

  /** Ends the account's other sessions; the calling session stays and is no longer restricted. */
  async changePassword(input: unknown, session: Session | null): Promise<Account> {
    if (this.actor.kind !== 'account') throw new AppError('UNAUTHENTICATED');
    // The password belongs to the people: software with an API key may neither change it nor,
    // by guessing the current one, lock the account and end its people's sessions.
    if (this.actor.apiKeyId) throw new AppError('FORBIDDEN');
    const data = parseInput(changePasswordSchema, input, '');
    const account = await this.em.findOneOrFail(Account, { id: this.actor.accountId });
    const problems = passwordProblems(data.newPassword, {
      minLength: this.settings.passwordMinLength,
      field: 'newPassword',
      context: [account.accountName, account.email, account.displayName],
    });
    if (problems.length) throw badInput(problems);
    if (!(await verifyPassword(account.passwordHash, data.currentPassword))) {
      const locked = await this.countFailure(account);
      if (locked) await this.sessions.endAllFor(account.id, 'locked');
      throw new AppError(locked ? 'ACCOUNT_LOCKED' : 'INVALID_CREDENTIALS');
    }
    if (data.newPassword === data.currentPassword) {
      throw badInput([{ field: 'newPassword', problem: 'PASSWORD_REUSED' }]);
    }
    await this.em.transactional(async (em) => {
      account.passwordHash = await hashPassword(data.newPassword);
      account.passwordChangedAt = new Date();
      account.mustChangePassword = false;
      account.failedLoginCount = 0;
      const sessions = new SessionService(em, this.settings);
      const ended = await sessions.endAllFor(account.id, 'password-changed', session?.id);
      if (session) await em.nativeUpdate(Session, { id: session.id }, { restricted: false });
      recordAudit(em, {
        action: 'auth.password.changed',
        actor: this.actor,
        entityType: 'Account',
        entityId: account.id,
        detail: { otherSessionsEnded: ended },
      });
      enqueueMail(em, {
        to: account.email,
        locale: account.locale,
        template: 'PASSWORD_CHANGED',
        params: {
          displayName: account.displayName,
          time: new Date(),
          resetLink: portalLinks(this.services.config).forgotPassword,
        },
      });
    });
    this.services.kickMail();
    return account;
  }
}
