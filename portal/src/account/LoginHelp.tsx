import { Box, Link, Typography } from '@mui/material';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { LinkList } from './components/LinkList';
import { loginMessages } from './login.messages';

/** The ways out of a login that does not work, and the note for officers. */
export function LoginHelp() {
  const t = useMessages(loginMessages);
  const words = useMessages(common);
  const links = [
    { to: '/register', label: t('noAccount') },
    { to: '/account/forgot-password', label: t('forgotPassword') },
    { to: '/account/forgot-account-name', label: t('forgotAccountName') },
    { to: '/account/resend-verification', label: t('resendVerification') },
  ];
  return (
    <Box component="section" aria-labelledby="login-help-title" sx={{ mt: 4 }}>
      <Typography id="login-help-title" component="h2" variant="h6" sx={{ mb: 1 }}>
        {t('helpTitle')}
      </Typography>
      <LinkList links={links} />
      <Typography variant="body2" sx={{ mt: 2, color: 'text.secondary' }}>
        {words('officerHere')} <Link href="/admin/">{words('officerConsole')}</Link>
      </Typography>
    </Box>
  );
}
