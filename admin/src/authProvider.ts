import type { AuthProvider, UserIdentity } from 'react-admin';
import { clearSession, loadSession, setSession } from './auth/session';
import { errorCode } from './graphql/errors';
import { ops } from './graphql/operations';
import { request } from './graphql/request';
import type { Role } from './generated/graphql';

/** What the login form sends. */
export interface LoginParams {
  account: string;
  password: string;
  captchaId: string;
  captchaAnswer: string;
}

/** What the console's screens decide on. */
export interface Permissions {
  role: Role;
  /** The password has expired: only changing it is allowed. */
  restricted: boolean;
}

/** Resources only supervisors see. */
const SUPERVISOR_RESOURCES = new Set([
  'auditEvents',
  'staffAccounts',
  'announcements',
  'paymentReconciliation',
]);
/** Actions only supervisors take, whatever the resource. */
const SUPERVISOR_ACTIONS = new Set(['reassign']);
const STAFF_ROLES = new Set<Role>(['OFFICER', 'SUPERVISOR']);

/**
 * A rejection react-admin understands: `{ message }` with a translation key, or `false` for no
 * notification. react-admin reads a plain object here (an Error's message cannot be false).
 */
function rejected(message: string | false): Promise<never> {
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
  return Promise.reject({ message });
}

/**
 * Cookie-session auth: the API sets an HttpOnly cookie at login; the console never sees a token.
 * Only staff accounts may use the console.
 */
export const authProvider: AuthProvider = {
  async login(params: LoginParams) {
    const data = await request(ops.login, {
      input: {
        account: params.account.trim(),
        password: params.password,
        captchaId: params.captchaId,
        captchaAnswer: params.captchaAnswer.trim(),
        cookie: true,
      },
    });
    if (!STAFF_ROLES.has(data.login.account.role)) {
      await request(ops.logout, {}).catch(() => undefined);
      clearSession();
      throw new Error('goldcard.auth.staff_only');
    }
    setSession(data.login);
  },

  async logout() {
    try {
      await request(ops.logout, {});
    } catch {
      // Already ended (or expired): there is nothing left to end.
    }
    clearSession();
  },

  async checkAuth() {
    const state = await loadSession();
    if (state.status === 'expired') return rejected('goldcard.auth.session_expired');
    if (state.status === 'none') return rejected(false);
  },

  checkError(error: unknown) {
    const code = errorCode(error);
    if (code === 'UNAUTHENTICATED') return rejected('goldcard.auth.logged_out');
    if (code === 'SESSION_EXPIRED') return rejected('goldcard.auth.session_expired');
    // FORBIDDEN, PASSWORD_EXPIRED and the rest are shown where they happen.
    return Promise.resolve();
  },

  async getPermissions(): Promise<Permissions | undefined> {
    const state = await loadSession();
    if (state.status !== 'active') return undefined;
    return { role: state.session.account.role, restricted: state.session.restricted };
  },

  async getIdentity(): Promise<UserIdentity> {
    const state = await loadSession();
    if (state.status !== 'active') return rejected(false);
    const { account } = state.session;
    return {
      id: account.id,
      fullName: account.displayName,
      accountName: account.accountName,
      role: account.role,
    };
  },

  async canAccess({ resource, action }) {
    const state = await loadSession();
    if (state.status !== 'active' || state.session.restricted) return false;
    const role = state.session.account.role;
    if (!STAFF_ROLES.has(role)) return false;
    if (role === 'SUPERVISOR') return true;
    return !SUPERVISOR_RESOURCES.has(resource) && !SUPERVISOR_ACTIONS.has(action);
  },
};
