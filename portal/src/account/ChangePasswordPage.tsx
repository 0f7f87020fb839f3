import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { Page } from '../components/Page';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { isStaff } from '../layout/navigation';
import { useSession } from '../session/SessionProvider';
import { ChangePasswordForm } from './ChangePasswordForm';
import { passwordMessages } from './password.messages';
import { useAccountPolicy } from './policy';
import { safeNextPath } from './safeNext';

/**
 * Changing the password, by choice or because the session is restricted (the password expired
 * after the maximum age, or a temporary one must be replaced). A restricted person goes on to
 * `next` afterwards; others see the confirmation here.
 */
export default function ChangePasswordPage() {
  const t = useMessages(passwordMessages);
  const { locale } = useLocale();
  const { session } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [restrictedAtStart] = useState(() => Boolean(session?.restricted));
  const [done, setDone] = useState(false);
  const policy = useAccountPolicy();
  const doneBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneBox.current?.focus();
  }, [done]);

  const expiresAt = session?.passwordExpiresAt ? Date.parse(session.passwordExpiresAt) : NaN;
  const expired = Number.isFinite(expiresAt) && expiresAt <= Date.now();

  const onChanged = () => {
    const next = safeNextPath(params.get('next'));
    if (restrictedAtStart || next) {
      const fallback = session && isStaff(session.account.role) ? '/' : '/amendments';
      void navigate(next ?? fallback, { replace: true });
    } else {
      setDone(true);
    }
  };

  return (
    <Page title={t('changeTitle')} maxWidth={640}>
      {session?.restricted && (
        <Alert severity="warning" sx={{ mb: 3 }} data-testid="restricted-notice">
          <AlertTitle>{expired ? t('expiredTitle') : t('mustChangeTitle')}</AlertTitle>
          {!expired
            ? t('mustChangeBody')
            : policy?.passwordMaxAgeDays != null &&
              t('expiredBody', {
                days: policy.passwordMaxAgeDays,
                date: formatDate(session.passwordExpiresAt, locale),
              })}
        </Alert>
      )}
      {done ? (
        <Box
          ref={doneBox}
          tabIndex={-1}
          role="status"
          sx={{
            p: 2,
            borderLeft: 6,
            borderColor: 'success.main',
            bgcolor: 'background.paper',
            '&:focus-visible': { outline: '3px solid #c25100', outlineOffset: 2 },
          }}
        >
          <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
            {t('changeDoneTitle')}
          </Typography>
          <Typography sx={{ mb: 2 }}>{t('changeDone')}</Typography>
          <Button variant="outlined" component={RouterLink} to="/account">
            {t('backToAccount')}
          </Button>
        </Box>
      ) : (
        <>
          <Typography sx={{ mb: 2 }}>{t('changeIntro')}</Typography>
          <ChangePasswordForm onChanged={onChanged} />
        </>
      )}
    </Page>
  );
}
