import type { Config } from '../config.js';
import { Role } from './actor.js';

/**
 * Addresses of the applicants' portal's pages that the API hands out: in mails, and when the
 * payment gateway sends the payer back. The portal (`portal/`, served at `/` or wherever
 * APPLICANT_PORTAL_URL says) routes these paths in the browser; the pages behind emailed links
 * only show a button, and the portal calls the matching mutation when it is pressed, so a mail
 * scanner following a link spends no token.
 */
export interface PortalLinks {
  /** Sign in: the portal, or the officer console for staff accounts. */
  signIn(role: Role): string;
  /** Confirms a new account's address (`verifyEmail`). */
  verifyEmail(token: string): string;
  /** Asks for a new verification mail (`resendVerificationEmail`). */
  resendVerification: string;
  /** Sets a new password from a mailed token (`resetPassword`). */
  resetPassword(token: string): string;
  /** Asks for a password-reset mail (`requestPasswordReset`). */
  forgotPassword: string;
  /** Asks for the account name by mail (`recoverAccountName`). */
  forgotAccountName: string;
  /** Confirms a case's new contact address (`confirmAmendmentEmail`). */
  confirmContactEmail(token: string): string;
  /** A case's page; `query` adds parameters such as `payment=paid`. */
  amendment(id: string, query?: Record<string, string>): string;
}

const STAFF: ReadonlySet<Role> = new Set([Role.OFFICER, Role.SUPERVISOR]);

export function portalLinks(config: Pick<Config, 'applicantPortalUrl' | 'publicUrl'>): PortalLinks {
  const portal = config.applicantPortalUrl.replace(/\/$/, '');
  const withQuery = (path: string, query: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString();
    return `${portal}${path}${search ? `?${search}` : ''}`;
  };
  return {
    signIn: (role) =>
      STAFF.has(role) ? `${config.publicUrl.replace(/\/$/, '')}/admin/` : withQuery('/login'),
    verifyEmail: (token) => withQuery('/account/verify-email', { token }),
    resendVerification: withQuery('/account/resend-verification'),
    resetPassword: (token) => withQuery('/account/reset-password', { token }),
    forgotPassword: withQuery('/account/forgot-password'),
    forgotAccountName: withQuery('/account/forgot-account-name'),
    confirmContactEmail: (token) => withQuery('/confirm-email', { token }),
    amendment: (id, query) => withQuery(`/amendments/${encodeURIComponent(id)}`, query),
  };
}
