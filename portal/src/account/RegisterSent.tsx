import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { Link as RouterLink } from 'react-router';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { Page } from '../components/Page';
import { toApiError } from '../graphql/errors';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { AccountResendVerificationMutation } from './account.graphql';
import { waitText } from './components/rateLimit';
import { useAccountPolicy } from './policy';
import { registerMessages } from './register.messages';
import { accountShared } from './shared.messages';

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** After registering: where the link went, how long it works, and what to do without it. */
export function RegisterSent({ email }: { email: string }) {
  const t = useMessages(registerMessages);
  const shared = useMessages(accountShared);
  const words = useMessages(common);
  const [resend, { loading }] = useMutation(AccountResendVerificationMutation);
  const [outcome, setOutcome] = useState<Outcome>();
  const policy = useAccountPolicy();

  const sendAgain = async () => {
    setOutcome(undefined);
    try {
      const { data } = await resend({ variables: { email } });
      setOutcome({
        ok: true,
        text: t('resent', { message: data?.resendVerificationEmail.message ?? '' }),
      });
    } catch (failure) {
      const error = toApiError(failure);
      const text =
        error.code === 'RATE_LIMITED'
          ? shared('rateLimited', { wait: waitText(error, shared) })
          : error.code === 'NETWORK_ERROR'
            ? words('networkError')
            : error.message;
      setOutcome({ ok: false, text });
    }
  };

  return (
    <Page title={t('sentTitle')} maxWidth={720}>
      <Typography sx={{ mb: 1, overflowWrap: 'anywhere' }} data-testid="sent-to">
        {t('sentBody', { email })}
      </Typography>
      {policy && (
        <Typography sx={{ mb: 3 }}>
          {t('sentValidity', { hours: policy.emailVerificationHours })}
        </Typography>
      )}
      <Box component="section" aria-labelledby="sent-help-title" sx={{ mb: 3 }}>
        <Typography id="sent-help-title" component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('sentNotArrivedTitle')}
        </Typography>
        <Box component="ul" sx={{ pl: 2.5, my: 0 }}>
          {(['sentTip1', 'sentTip2', 'sentTip3', 'sentTip4', 'sentTip5'] as const).map((key) => (
            <li key={key}>
              <Typography>{t(key)}</Typography>
            </li>
          ))}
        </Box>
      </Box>
      <Box role="status" aria-live="polite">
        {outcome && (
          <Alert severity={outcome.ok ? 'success' : 'error'} sx={{ mb: 2 }}>
            {outcome.text}
          </Alert>
        )}
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <Button variant="outlined" onClick={() => void sendAgain()} disabled={loading}>
          {loading ? shared('sending') : t('resend')}
        </Button>
        <Button variant="contained" component={RouterLink} to="/login">
          {shared('toLogin')}
        </Button>
      </Stack>
    </Page>
  );
}
