import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import TimerOutlinedIcon from '@mui/icons-material/TimerOutlined';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import {
  currentSessionState,
  loadSession,
  msUntil,
  onSessionActivity,
  onSessionChange,
  type SessionState,
} from '../auth/session';
import { ops } from '../graphql/operations';
import { formatRemaining } from '../format';
import { highlight } from '../theme';
import { request } from '../graphql/request';

/** How often the session is asked for (reading it does not extend it). */
const POLL_MS = 30_000;
/** From this much time left, the console warns and offers to stay signed in. */
export const WARNING_MS = 2 * 60_000;

function remainingMs(state: SessionState | undefined): number | undefined {
  if (state?.status !== 'active') return undefined;
  return Math.min(msUntil(state.session.expiresAt), msUntil(state.session.absoluteExpiresAt));
}

/**
 * "登出倒數 29:41" in the app bar, from `session.expiresAt` (polled; polling does not extend the
 * session, any other request does and refreshes it). Near the end a dialog offers to stay signed
 * in, which makes a real request (`me`). At zero the console signs out.
 */
export function SessionCountdown() {
  const translate = useTranslate();
  const logout = useLogout();
  const notify = useNotify();
  const [state, setState] = useState<SessionState | undefined>(currentSessionState);
  const [, setTick] = useState(0);
  const [dismissedUntil, setDismissedUntil] = useState<string | undefined>();
  const [extending, setExtending] = useState(false);
  const endedRef = useRef(false);

  const refresh = useCallback(() => {
    loadSession({ maxAgeMs: 0 }).catch(() => undefined);
  }, []);

  useEffect(() => {
    const offChange = onSessionChange(setState);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const offActivity = onSessionActivity(() => {
      clearTimeout(pending);
      pending = setTimeout(refresh, 300);
    });
    refresh();
    const poll = setInterval(refresh, POLL_MS);
    const tick = setInterval(() => setTick((n) => n + 1), 1_000);
    return () => {
      offChange();
      offActivity();
      clearTimeout(pending);
      clearInterval(poll);
      clearInterval(tick);
    };
  }, [refresh]);

  const remaining = remainingMs(state);
  const ended = state?.status === 'expired' || (remaining !== undefined && remaining <= 0);

  useEffect(() => {
    if (!ended || endedRef.current) return;
    endedRef.current = true;
    // The login page's return address is this page: signing in again comes back to it.
    void logout({}, '/login', true).then(() =>
      notify('goldcard.auth.session_expired', { type: 'warning', autoHideDuration: null }),
    );
  }, [ended, logout, notify]);

  const stay = async () => {
    setExtending(true);
    try {
      await request(ops.me, {});
      await loadSession({ maxAgeMs: 0 });
      notify('goldcard.auth.stayed', { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setExtending(false);
    }
  };

  if (remaining === undefined || state?.status !== 'active') return null;
  const time = formatRemaining(remaining);
  const warning = remaining <= WARNING_MS && !ended;
  const dialogOpen = warning && dismissedUntil !== state.session.expiresAt;

  return (
    <>
      <Box
        role="timer"
        aria-label={translate('goldcard.auth.countdown_label', { time })}
        data-testid="session-countdown"
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 0.5,
          px: 1,
          py: 0.25,
          mx: 1,
          borderRadius: 1,
          fontVariantNumeric: 'tabular-nums',
          whiteSpace: 'nowrap',
          ...(warning ? highlight : {}),
        }}
      >
        <TimerOutlinedIcon fontSize="small" aria-hidden />
        <Box component="span" aria-hidden sx={{ display: { xs: 'none', sm: 'inline' } }}>
          {translate('goldcard.auth.countdown', { time })}
        </Box>
        {/* A phone's app bar has room for the time alone (the timer's name says the rest). */}
        <Box component="span" aria-hidden sx={{ display: { xs: 'inline', sm: 'none' } }}>
          {time}
        </Box>
      </Box>
      <Dialog
        open={dialogOpen}
        onClose={() => setDismissedUntil(state.session.expiresAt)}
        aria-labelledby="session-warning-title"
        aria-describedby="session-warning-body"
        slotProps={{ paper: { role: 'alertdialog' } }}
      >
        <DialogTitle id="session-warning-title">
          {translate('goldcard.auth.warning_title')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="session-warning-body">
            {translate('goldcard.auth.warning_body', { time })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => void logout()}>{translate('goldcard.auth.logout')}</Button>
          <Button variant="contained" onClick={() => void stay()} disabled={extending} autoFocus>
            {translate('goldcard.auth.stay')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
