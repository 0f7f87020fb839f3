import { useMutation } from '@apollo/client';
import { Typography } from '@mui/material';
import { useMessages } from '../i18n/locale';
import { AccountConfirmContactEmailMutation } from './account.graphql';
import { LinkList } from './components/LinkList';
import { TokenAction } from './components/TokenAction';
import { useAccountPolicy } from './policy';
import { tokenMessages } from './tokens.messages';

/**
 * The link sent to the new address of a contact-only amendment: a button confirms it
 * (`confirmAmendmentEmail`) and the change takes effect. Works without logging in, since the
 * link may be opened on another device.
 */
export default function ConfirmContactEmailPage() {
  const t = useMessages(tokenMessages);
  const [confirm] = useMutation(AccountConfirmContactEmailMutation);
  const policy = useAccountPolicy();
  return (
    <TokenAction
      title={t('contactTitle')}
      intro={t('contactIntro')}
      buttonLabel={t('contactButton')}
      doneTitle={t('contactDoneTitle')}
      run={async (token) => {
        const { data } = await confirm({ variables: { token } });
        const result = data?.confirmAmendmentEmail;
        return (
          <>
            {result && (
              <Typography sx={{ mb: 1 }} data-testid="contact-result">
                {t('contactDone', {
                  number: result.applicationNumber,
                  status: result.statusLabel,
                })}
              </Typography>
            )}
            <LinkList links={[{ to: '/amendments', label: t('myCases') }]} />
          </>
        );
      }}
      invalidText={policy ? t('contactInvalid', { hours: policy.emailVerificationHours }) : ''}
      help={<LinkList links={[{ to: '/amendments', label: t('myCases') }]} />}
    />
  );
}
