import { onApiResponse } from '../graphql/client';
import { ApiError } from '../graphql/errors';
import { ops } from '../graphql/operations';
import { request } from '../graphql/request';
import type { SessionFieldsFragment } from '../generated/graphql';

/**
 * The cookie session as the console knows it. The session cookie is HttpOnly: only the API
 * knows whether it is valid, so this asks `session` (which does not extend it) and keeps the
 * answer briefly, so that react-admin's checkAuth, getPermissions and getIdentity on one
 * navigation cost a single request.
 */

export type Session = SessionFieldsFragment;

export type SessionState =
  | { status: 'active'; session: Session; checkedAt: number }
  | { status: 'none'; checkedAt: number }
  | { status: 'expired'; checkedAt: number };

const FRESH_MS = 2_000;

let state: SessionState | undefined;
let inFlight: Promise<SessionState> | undefined;
/** Server clock minus ours (ms), from the latest answer's Date header. */
let clockSkewMs = 0;
let lastActivityAt = 0;

type Listener = (state: SessionState) => void;
const listeners = new Set<Listener>();
const activityListeners = new Set<() => void>();

onApiResponse((info) => {
  // The Date header has whole seconds: only a real difference of clocks is corrected.
  if (info.clockSkewMs !== undefined) {
    clockSkewMs = Math.abs(info.clockSkewMs) > 2_000 ? info.clockSkewMs : 0;
  }
  // Any operation but `session` itself moves the session's idle expiry forward.
  if (info.operationName !== ops.currentSession.name && info.status < 500) {
    lastActivityAt = Date.now();
    for (const listener of activityListeners) listener();
  }
});

function publish(next: SessionState): SessionState {
  state = next;
  for (const listener of listeners) listener(next);
  return next;
}

/** The session, asked from the API unless a fresh answer is at hand. */
export function loadSession(options: { maxAgeMs?: number } = {}): Promise<SessionState> {
  const maxAge = options.maxAgeMs ?? FRESH_MS;
  if (state && Date.now() - state.checkedAt < maxAge && state.checkedAt > lastActivityAt) {
    return Promise.resolve(state);
  }
  inFlight ??= request(ops.currentSession, {})
    .then((data) =>
      publish(
        data.session
          ? { status: 'active', session: data.session, checkedAt: Date.now() }
          : { status: 'none', checkedAt: Date.now() },
      ),
    )
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'SESSION_EXPIRED') {
        return publish({ status: 'expired', checkedAt: Date.now() });
      }
      throw error;
    })
    .finally(() => {
      inFlight = undefined;
    });
  return inFlight;
}

/** Records a session the API just returned (login). */
export function setSession(session: Session): void {
  publish({ status: 'active', session, checkedAt: Date.now() });
}

/** Forgets the session (logout). */
export function clearSession(): void {
  publish({ status: 'none', checkedAt: Date.now() });
}

export function currentSessionState(): SessionState | undefined {
  return state;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Calls `listener` after any request that extended the session. */
export function onSessionActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

/** Milliseconds since the latest request that extended the session (Infinity before any). */
export function msSinceActivity(): number {
  return lastActivityAt === 0 ? Infinity : Date.now() - lastActivityAt;
}

/** Milliseconds until `instant` by the server's clock. */
export function msUntil(instant: string): number {
  return Date.parse(instant) - (Date.now() + clockSkewMs);
}
