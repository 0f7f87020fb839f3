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

/**
 * "登出倒數 29:41", always visible while signed in. Two minutes before the end a dialog offers
 * to stay signed in (a real request, which extends the session); at zero the session is marked
 * expired and the page sends the user to log in again, back to the same place.
 */
export function SessionCountdown() {
  const t = useMessages(common);
  const { status, session, clockSkewMs, expire, logout, refresh } = useSession();
  const [, setTick] = useState(0);
  const [dismissedFor, setDismissedFor] = useState<string | undefined>();
  const [extending, setExtending] = useState(false);

  useEffect(() => {
    const tick = setInterval(() => setTick((n) => n + 1), 1_000);
    return () => clearInterval(tick);
  }, []);

  const remaining = session ? remainingMs(session, clockSkewMs) : undefined;
  const askedAt = useRef(0);
  useEffect(() => {
    if (remaining === undefined || remaining > 0) return;
    // The server decides: it may have seen activity from another tab. Asking an ended session
    // answers SESSION_EXPIRED (or no session), which ends it here too (SessionProvider).
    if (Date.now() - askedAt.current < 5_000) return;
    askedAt.current = Date.now();
    void refresh();
    if (remaining < -10_000) expire();
  }, [remaining, refresh, expire]);

  if (status !== 'active' || !session || remaining === undefined) return null;
  const time = formatRemaining(remaining);
  const warning = remaining <= WARNING_MS;
  const dialogOpen = warning && remaining > 0 && dismissedFor !== session.expiresAt;

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
    <>
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
          ...(warning ? highlight : {}),
        }}
      >
        <TimerOutlinedIcon fontSize="small" aria-hidden />
        <span aria-hidden>{t('countdown', { time })}</span>
      </Box>
      <Dialog
        open={dialogOpen}
        onClose={() => setDismissedFor(session.expiresAt)}
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
    </>
  );
}
