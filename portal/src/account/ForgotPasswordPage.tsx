import { useMutation } from '@apollo/client';
import { useSearchParams } from 'react-router';
import { Alert, Typography } from '@mui/material';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { AccountRequestPasswordResetMutation } from './account.graphql';
import { EmailRequestForm } from './components/EmailRequestForm';
import { RecoveryLinks } from './components/RecoveryLinks';
import { useAccountPolicy } from './policy';
import { recoveryMessages } from './recovery.messages';

/** Asks for a reset link (which also unlocks a locked account); the answer never tells more. */
export default function ForgotPasswordPage() {
  const t = useMessages(recoveryMessages);
  const [params] = useSearchParams();
  const [request] = useMutation(AccountRequestPasswordResetMutation);
  const policy = useAccountPolicy();
  return (
    <Page title={t('forgotTitle')} intro={t('forgotIntro')} maxWidth={640}>
      {params.get('locked') === '1' && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('lockedNotice')}
        </Alert>
      )}
      <EmailRequestForm
        id="forgot-email"
        submitLabel={t('forgotSubmit')}
        doneTitle={t('forgotDoneTitle')}
        send={(email) => request({ variables: { email } })}
        done={(email) => (
          <>
            {policy && (
              <Typography sx={{ mb: 1 }}>
                {t('forgotDone', { email, minutes: policy.passwordResetMinutes })}
              </Typography>
            )}
            <Typography sx={{ mb: 1 }}>{t('sameAnswer')}</Typography>
            <Typography>{t('noMailTip')}</Typography>
          </>
        )}
      />
      <RecoveryLinks show={['login', 'forgotAccountName', 'resendVerification']} />
    </Page>
  );
}
