import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthSettings } from '../../config.js';
import type { Actor } from '../../shared/actor.js';
import { Account } from './account.entity.js';
import { plainRows, query, selectColumns } from '../../db/raw-read.js';
import { Session } from './session.entity.js';
import { hashToken, newToken } from './tokens.js';

export const SESSION_COOKIE = 'goldcard_session';

/** When an account's password stops being accepted for normal use (null: never). */
export function passwordExpiresAt(account: Account, settings: AuthSettings): Date | null {
  if (settings.passwordMaxAgeDays === 0) return null;
  return new Date(account.passwordChangedAt.getTime() + settings.passwordMaxAgeDays * 86_400_000);
}

export function isRestricted(account: Account, settings: AuthSettings, now = new Date()): boolean {
  const expires = passwordExpiresAt(account, settings);
  return account.mustChangePassword || (expires !== null && expires <= now);
}

export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: AuthSettings,
  ) {}

  private idleExpiry(from: Date, absolute: Date): Date {
    const idle = new Date(from.getTime() + this.settings.sessionIdleMinutes * 60_000);
    return idle < absolute ? idle : absolute;
  }

  /** Adds a session to the unit of work and returns its token (shown once, never stored). */
  open(
    account: Account,
    meta: { ip?: string; userAgent?: string },
  ): { session: Session; token: string } {
    const token = newToken();
    const now = new Date();
    const session = new Session();
    session.account = account;
    session.tokenHash = hashToken(token);
    session.createdAt = now;
    session.lastSeenAt = now;
    session.absoluteExpiresAt = new Date(
      now.getTime() + this.settings.sessionAbsoluteHours * 3_600_000,
    );
    session.expiresAt = this.idleExpiry(now, session.absoluteExpiresAt);
    session.restricted = isRestricted(account, this.settings, now);
    session.ip = meta.ip?.slice(0, 45) ?? null;
    session.userAgent = meta.userAgent?.slice(0, 200) ?? null;
    this.em.persist(session);
    return { session, token };
  }

  /**
   * Who a token belongs to. A token that matches a session past its expiry yields an
   * anonymous actor marked `sessionExpired`, so the caller learns to log in again.
   */
  async resolve(token: string | undefined): Promise<{ actor: Actor; session: Session | null }> {
    if (!token || token.length > 200) return { actor: { kind: 'anonymous' }, session: null };
    // Every authenticated request starts here: one hand-written statement (raw-read.ts).
    const [row] = await query(
      this.em,
      `select ${selectColumns(this.em, Session, 's')}, ${selectColumns(this.em, Account, 'a')}
       from "session" "s" join "account" "a" on "a"."id" = "s"."account_id"
       where "s"."token_hash" = ?`,
      [hashToken(token)],
    );
    if (!row) return { actor: { kind: 'anonymous' }, session: null };
    // Read-only copies: the session is only ever changed with native updates.
    const account = plainRows(this.em, Account, [row], 'a__')[0]!;
    const session = plainRows(this.em, Session, [row], 's__')[0]!;
    session.account = account;
    const now = new Date();
    // Disabling an account ends its sessions (staff.service.ts); reading `disabledAt` here too
    // shuts out a session opened by a login racing the disabling.
    if (session.endedAt || account.disabledAt || session.expiresAt <= now) {
      const ended = Boolean(session.endedAt || account.disabledAt);
      return { actor: { kind: 'anonymous', sessionExpired: !ended }, session: null };
    }
    return {
      session,
      actor: {
        kind: 'account',
        accountId: account.id,
        role: account.role,
        applicantId: account.applicant?.id ?? null,
        sessionId: session.id,
        restricted: session.restricted || isRestricted(account, this.settings, now),
      },
    };
  }

  /** Slides the idle expiry forward; written at most once a minute per session. */
  async touch(session: Session): Promise<Date> {
    const now = new Date();
    const next = this.idleExpiry(now, session.absoluteExpiresAt);
    if (next.getTime() - session.expiresAt.getTime() < 60_000) return session.expiresAt;
    await this.em.nativeUpdate(
      Session,
      { id: session.id, endedAt: null },
      { expiresAt: next, lastSeenAt: now },
    );
    session.expiresAt = next;
    return next;
  }

  async end(sessionId: string, reason: string): Promise<void> {
    await this.em.nativeUpdate(
      Session,
      { id: sessionId, endedAt: null },
      { endedAt: new Date(), endReason: reason },
    );
  }

  /** Ends every session of an account, except (optionally) the one making the change. */
  async endAllFor(accountId: string, reason: string, except?: string | null): Promise<number> {
    return this.em.nativeUpdate(
      Session,
      { account: accountId, endedAt: null, ...(except ? { id: { $ne: except } } : {}) },
      { endedAt: new Date(), endReason: reason },
    );
  }
}
