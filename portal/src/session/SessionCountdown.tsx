import { useEffect, useRef, useState } from 'react';
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
import { apolloClient } from '../graphql/client';
import { common } from '../i18n/common';
import { formatRemaining } from '../i18n/dates';
import { useMessages } from '../i18n/locale';
import { highlight } from '../theme';
import { remainingMs, useSession } from './SessionProvider';
import { StaySignedInQuery } from './session.graphql';

/** From this much time left, the portal warns and offers to stay signed in. */
export const WARNING_MS = 2 * 60_000;

/** Milliseconds until the session ends, recomputed every second; undefined when signed out. */
function useRemaining(): number | undefined {
  const { status, session, clockSkewMs } = useSession();
  const [, setTick] = useState(0);
  useEffect(() => {
    const tick = setInterval(() => setTick((n) => n + 1), 1_000);
    return () => clearInterval(tick);
  }, []);
  return status === 'active' && session ? remainingMs(session, clockSkewMs) : undefined;
}

/** "登出倒數 29:41": always in view while signed in (the header shows it). */
export function SessionCountdown() {
  const t = useMessages(common);
  const remaining = useRemaining();
  if (remaining === undefined) return null;
  const time = formatRemaining(remaining);
  return (
    <Box
      role="timer"
      aria-label={t('countdownLabel', { time })}
      data-testid="session-countdown"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        px: 1,
        py: 0.25,
        borderRadius: 1,
        fontVariantNumeric: 'tabular-nums',
        whiteSpace: 'nowrap',
        fontSize: '0.875rem',
        ...(remaining <= WARNING_MS ? highlight : {}),
      }}
    >
      <TimerOutlinedIcon fontSize="small" aria-hidden />
      <span aria-hidden>{t('countdown', { time })}</span>
    </Box>
  );
}

/**
 * Rendered once per page (Layout): two minutes before the end a dialog offers to stay signed in
 * (a real request, which extends the session); at zero the server is asked, and an ended
 * session is marked expired, which sends the page to log in again and come back.
 */
export function SessionWarning() {
  const t = useMessages(common);
  const { expire, logout, refresh } = useSession();
  const remaining = useRemaining();
  // Closed without choosing: stays closed until the time left has gone above the warning again
  // (a save while typing moves the end a little, and must not bring the dialog back each time).
  const [dismissed, setDismissed] = useState(false);
  const [extending, setExtending] = useState(false);
  const askedAt = useRef(0);

  useEffect(() => {
    if (remaining !== undefined && remaining > WARNING_MS) setDismissed(false);
    if (remaining === undefined || remaining > 0) return;
    // The server decides: it may have seen activity from another tab. Asking an ended session
    // answers SESSION_EXPIRED (or no session), which ends it here too (SessionProvider).
    if (Date.now() - askedAt.current < 5_000) return;
    askedAt.current = Date.now();
    void refresh();
    if (remaining < -10_000) expire();
  }, [remaining, refresh, expire]);

  if (remaining === undefined) return null;
  const time = formatRemaining(remaining);
  const open = remaining <= WARNING_MS && remaining > 0 && !dismissed;

  const stay = async () => {
    setExtending(true);
    try {
      await apolloClient.query({ query: StaySignedInQuery, fetchPolicy: 'network-only' });
      await refresh();
    } finally {
      setExtending(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={() => setDismissed(true)}
      aria-labelledby="session-warning-title"
      aria-describedby="session-warning-body"
      slotProps={{ paper: { role: 'alertdialog' } }}
    >
      <DialogTitle id="session-warning-title">{t('warningTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="session-warning-body">
          {t('warningBody', { time })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void logout()}>{t('logout')}</Button>
        <Button variant="contained" onClick={() => void stay()} disabled={extending} autoFocus>
          {t('stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
