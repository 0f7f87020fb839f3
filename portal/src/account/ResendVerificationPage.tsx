import { useMutation } from '@apollo/client';
import { Typography } from '@mui/material';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { AccountResendVerificationMutation } from './account.graphql';
import { EmailRequestForm } from './components/EmailRequestForm';
import { RecoveryLinks } from './components/RecoveryLinks';
import { useAccountPolicy } from './policy';
import { recoveryMessages } from './recovery.messages';

/** A new confirmation link for an account whose address is not confirmed yet. */
export default function ResendVerificationPage() {
  const t = useMessages(recoveryMessages);
  const [resend] = useMutation(AccountResendVerificationMutation);
  const policy = useAccountPolicy();
  return (
    <Page title={t('resendTitle')} intro={t('resendIntro')} maxWidth={640}>
      <EmailRequestForm
        id="resend-email"
        submitLabel={t('resendSubmit')}
        doneTitle={t('resendDoneTitle')}
        send={(email) => resend({ variables: { email } })}
        done={(email) => (
          <>
            {policy && (
              <Typography sx={{ mb: 1 }}>
                {t('resendDone', { email, hours: policy.emailVerificationHours })}
              </Typography>
            )}
            <Typography sx={{ mb: 1 }}>{t('resendAlreadyTip')}</Typography>
            <Typography sx={{ mb: 1 }}>{t('sameAnswer')}</Typography>
            <Typography>{t('noMailTip')}</Typography>
          </>
        )}
      />
      <RecoveryLinks show={['login', 'forgotPassword', 'register']} />
    </Page>
  );
}
