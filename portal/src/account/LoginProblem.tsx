import { Typography } from '@mui/material';
import type { ApiError } from '../graphql/errors';
import { useMessages } from '../i18n/locale';
import { LinkList } from './components/LinkList';
import { ProblemText } from './components/ProblemText';
import { loginMessages } from './login.messages';
import { useAccountPolicy } from './policy';

/**
 * Why the login was refused, in words and with the way out: the API's codes (docs/errors.md)
 * each get an explanation; anything else shows the API's own (localised) message.
 */
export function LoginProblem({ error }: { error: ApiError }) {
  const t = useMessages(loginMessages);
  const n = useAccountPolicy()?.lockoutThreshold;
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return (
        <>
          {/* The API's shorter words until the threshold is known. */}
          <Typography>{n ? t('invalidCredentials', { n }) : error.message}</Typography>
          <LinkList
            links={[
              { to: '/account/forgot-password', label: t('forgotPasswordLink') },
              { to: '/account/forgot-account-name', label: t('forgotNameLink') },
            ]}
          />
        </>
      );
    case 'ACCOUNT_LOCKED':
      return (
        <>
          <Typography>{n ? t('locked', { n }) : error.message}</Typography>
          <LinkList links={[{ to: '/account/forgot-password', label: t('unlockLink') }]} />
        </>
      );
    case 'EMAIL_NOT_VERIFIED':
      return (
        <>
          <Typography>{t('notVerified')}</Typography>
          <LinkList links={[{ to: '/account/resend-verification', label: t('resendLink') }]} />
        </>
      );
    case 'CAPTCHA_INVALID':
      return <Typography>{t('captchaInvalid')}</Typography>;
    default:
      return <ProblemText error={error} />;
  }
}
