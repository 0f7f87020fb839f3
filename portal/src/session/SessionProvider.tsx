import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { apolloClient, onApiResponse } from '../graphql/client';
import { SIGNED_OUT_CODES } from '../graphql/errors';
import type { SessionFieldsFragment } from '../generated/graphql';
import { LogoutMutation, PortalSessionQuery } from './session.graphql';

export type PortalSession = SessionFieldsFragment;

/**
 * - `loading`: not asked yet;
 * - `active`: signed in;
 * - `none`: not signed in;
 * - `expired`: was signed in here and the session ran out (the pages say drafts are kept).
 */
export type SessionStatus = 'loading' | 'active' | 'none' | 'expired';

interface SessionState {
  status: SessionStatus;
  session?: PortalSession;
  /** Server clock minus ours, in ms. */
  clockSkewMs: number;
  /** Asks the API again (reading does not extend the session). */
  refresh: () => Promise<void>;
  /** Records the session `login` returned. */
  signedIn: (session: PortalSession) => void;
  /** Ends the session on the server and forgets everything personal in this tab. */
  logout: () => Promise<void>;
  /** Marks the session as ended by time (the countdown reached zero). */
  expire: () => void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);
const SESSION_OPERATION = 'PortalSession';
/** How often the session is read for the countdown (reading does not extend it). */
const POLL_MS = 30_000;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [session, setSession] = useState<PortalSession | undefined>();
  const [clockSkewMs, setClockSkewMs] = useState(0);
  const statusRef = useRef(status);
  statusRef.current = status;

  const expire = useCallback(() => {
    if (statusRef.current !== 'active') return;
    setStatus('expired');
    setSession(undefined);
    void apolloClient.clearStore();
  }, []);

  const refresh = useCallback(async () => {
    try {
      const { data } = await apolloClient.query({
        query: PortalSessionQuery,
        fetchPolicy: 'network-only',
      });
      if (data.session) {
        setSession(data.session);
        setStatus('active');
      } else if (statusRef.current === 'active') {
        expire();
      } else if (statusRef.current === 'loading') {
        setStatus('none');
      }
    } catch {
      // SESSION_EXPIRED arrives through onApiResponse below; a network failure keeps the state.
      if (statusRef.current === 'loading') setStatus('none');
    }
  }, [expire]);

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const off = onApiResponse((info) => {
      if (info.clockSkewMs !== undefined) {
        setClockSkewMs(Math.abs(info.clockSkewMs) > 2_000 ? info.clockSkewMs : 0);
      }
      if (info.codes.some((code) => SIGNED_OUT_CODES.has(code))) {
        if (info.codes.includes('SESSION_EXPIRED') || statusRef.current === 'active') expire();
        return;
      }
      // Any other operation moved the idle expiry forward: read the new one soon.
      if (info.operationName !== SESSION_OPERATION && statusRef.current === 'active') {
        clearTimeout(pending);
        pending = setTimeout(() => void refresh(), 500);
      }
    });
    void refresh();
    const poll = setInterval(() => {
      if (statusRef.current === 'active') void refresh();
    }, POLL_MS);
    return () => {
      off();
      clearTimeout(pending);
      clearInterval(poll);
    };
  }, [refresh, expire]);

  const signedIn = useCallback((next: PortalSession) => {
    setSession(next);
    setStatus('active');
  }, []);

  const logout = useCallback(async () => {
    try {
      await apolloClient.mutate({ mutation: LogoutMutation });
    } finally {
      setSession(undefined);
      setStatus('none');
      await apolloClient.clearStore();
    }
  }, []);

  const value = useMemo(
    () => ({ status, session, clockSkewMs, refresh, signedIn, logout, expire }),
    [status, session, clockSkewMs, refresh, signedIn, logout, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside <SessionProvider>');
  return state;
}

/** Milliseconds until the session ends (idle or absolute, whichever is first). */
export function remainingMs(session: PortalSession, clockSkewMs: number): number {
  const now = Date.now() + clockSkewMs;
  return Math.min(Date.parse(session.expiresAt), Date.parse(session.absoluteExpiresAt)) - now;
}
