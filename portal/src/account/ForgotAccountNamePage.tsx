import { useMutation } from '@apollo/client';
import { Typography } from '@mui/material';
import { Page } from '../components/Page';
import { useMessages } from '../i18n/locale';
import { AccountRecoverNameMutation } from './account.graphql';
import { EmailRequestForm } from './components/EmailRequestForm';
import { RecoveryLinks } from './components/RecoveryLinks';
import { recoveryMessages } from './recovery.messages';

/** Mails the account name used with an address; the answer never says whether there is one. */
export default function ForgotAccountNamePage() {
  const t = useMessages(recoveryMessages);
  const [recover] = useMutation(AccountRecoverNameMutation);
  return (
    <Page title={t('nameTitle')} intro={t('nameIntro')} maxWidth={640}>
      <EmailRequestForm
        id="account-name-email"
        submitLabel={t('nameSubmit')}
        doneTitle={t('nameDoneTitle')}
        send={(email) => recover({ variables: { email } })}
        done={(email) => (
          <>
            <Typography sx={{ mb: 1 }}>{t('nameDone', { email })}</Typography>
            <Typography sx={{ mb: 1 }}>{t('sameAnswer')}</Typography>
            <Typography>{t('noMailTip')}</Typography>
          </>
        )}
      />
      <RecoveryLinks show={['login', 'forgotPassword']} />
    </Page>
  );
}
