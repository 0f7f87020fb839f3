import { useMutation } from '@apollo/client';
import { Link as RouterLink } from 'react-router';
import { Button, Typography } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { AccountVerifyEmailMutation } from './account.graphql';
import { LinkList } from './components/LinkList';
import { TokenAction } from './components/TokenAction';
import { useAccountPolicy } from './policy';
import { accountShared } from './shared.messages';
import { tokenMessages } from './tokens.messages';

/** The link of the confirmation email: a button confirms the address (`verifyEmail`). */
export default function VerifyEmailPage() {
  const t = useMessages(tokenMessages);
  const shared = useMessages(accountShared);
  const [verify] = useMutation(AccountVerifyEmailMutation);
  const policy = useAccountPolicy();
  return (
    <TokenAction
      title={t('verifyTitle')}
      intro={t('verifyIntro')}
      buttonLabel={t('verifyButton')}
      doneTitle={t('verifyDoneTitle')}
      run={async (token) => {
        await verify({ variables: { token } });
        return (
          <>
            <Typography sx={{ mb: 2 }}>{t('verifyDone')}</Typography>
            <Button variant="contained" component={RouterLink} to="/login">
              {shared('toLogin')}
            </Button>
          </>
        );
      }}
      invalidText={policy ? t('verifyInvalid', { hours: policy.emailVerificationHours }) : ''}
      help={
        <LinkList
          links={[
            { to: '/account/resend-verification', label: t('resendLink') },
            { to: '/login', label: shared('toLogin') },
          ]}
        />
      }
    />
  );
}
