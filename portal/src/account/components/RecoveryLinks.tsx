import { Box, Typography } from '@mui/material';
import { useMessages } from '../../i18n/locale';
import { loginMessages } from '../login.messages';
import { recoveryMessages } from '../recovery.messages';
import { accountShared } from '../shared.messages';
import { LinkList } from './LinkList';

type Target = 'login' | 'forgotPassword' | 'forgotAccountName' | 'resendVerification' | 'register';

/** The other account-help pages, as a short list under the page's own form. */
export function RecoveryLinks({ show }: { show: Target[] }) {
  const t = useMessages(recoveryMessages);
  const login = useMessages(loginMessages);
  const shared = useMessages(accountShared);
  const all: Record<Target, { to: string; label: string }> = {
    login: { to: '/login', label: shared('backToLogin') },
    forgotPassword: { to: '/account/forgot-password', label: login('forgotPassword') },
    forgotAccountName: { to: '/account/forgot-account-name', label: login('forgotAccountName') },
    resendVerification: {
      to: '/account/resend-verification',
      label: login('resendVerification'),
    },
    register: { to: '/register', label: login('noAccount') },
  };
  return (
    <Box component="section" aria-labelledby="recovery-links-title" sx={{ mt: 4 }}>
      <Typography id="recovery-links-title" component="h2" variant="h6" sx={{ mb: 1 }}>
        {t('otherHelp')}
      </Typography>
      <LinkList links={show.map((target) => all[target])} />
    </Box>
  );
}
