import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Alert, Box, Button, Typography } from '@mui/material';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { useServerSubmit } from '../components/useServerSubmit';
import { useMessages } from '../i18n/locale';
import { AccountResetPasswordMutation } from './account.graphql';
import { LinkList } from './components/LinkList';
import { NewPasswordFields } from './components/NewPasswordFields';
import { ProblemText } from './components/ProblemText';
import { SubmitButton } from './components/SubmitButton';
import { summaryItems } from './components/summaryItems';
import { useNewPasswordResolver } from './components/validation';
import { useAccountPolicy } from './policy';
import { accountShared } from './shared.messages';
import { tokenMessages } from './tokens.messages';

interface ResetValues {
  newPassword: string;
  confirmPassword: string;
}

const outcomeBox = {
  p: 2,
  mb: 3,
  borderLeft: 6,
  bgcolor: 'background.paper',
  '&:focus-visible': { outline: '3px solid #c25100', outlineOffset: 2 },
} as const;

/** The link of the reset email: a new password, which also unlocks the account. */
export default function ResetPasswordPage() {
  const t = useMessages(tokenMessages);
  const shared = useMessages(accountShared);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [reset] = useMutation(AccountResetPasswordMutation);
  const [outcome, setOutcome] = useState<'done' | 'invalid'>();
  const policy = useAccountPolicy();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const form = useForm<ResetValues>({
    resolver: useNewPasswordResolver<ResetValues>(),
    defaultValues: { newPassword: '', confirmPassword: '' },
    shouldFocusError: false,
  });
  const {
    control,
    formState: { errors, isSubmitting, submitCount },
  } = form;
  const { submit, failure } = useServerSubmit(
    form,
    ['newPassword'],
    async (values) => {
      await reset({ variables: { token, newPassword: values.newPassword } });
      setOutcome('done');
    },
    {
      onError: (error) => {
        if (error.code !== 'TOKEN_INVALID') return error;
        setOutcome('invalid');
        return undefined;
      },
    },
  );

  const askAgain = (
    <LinkList links={[{ to: '/account/forgot-password', label: t('newResetLink') }]} />
  );
  let body;
  if (!token) {
    body = (
      <Box role="alert">
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('missingToken')}
        </Alert>
        {askAgain}
      </Box>
    );
  } else if (outcome === 'done') {
    body = (
      <Box
        ref={outcomeRef}
        tabIndex={-1}
        role="status"
        sx={{ ...outcomeBox, borderColor: 'success.main' }}
      >
        <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
          {t('resetDoneTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{t('resetDone')}</Typography>
        <Button variant="contained" component={RouterLink} to="/login">
          {shared('toLogin')}
        </Button>
      </Box>
    );
  } else if (outcome === 'invalid') {
    body = (
      <Box
        ref={outcomeRef}
        tabIndex={-1}
        role="alert"
        sx={{ ...outcomeBox, borderColor: 'error.main' }}
      >
        {policy && (
          <Typography sx={{ mb: 1 }}>
            {t('resetInvalid', { minutes: policy.passwordResetMinutes })}
          </Typography>
        )}
        {askAgain}
      </Box>
    );
  } else {
    body = (
      <>
        <Typography sx={{ mb: 2 }}>{t('resetIntro')}</Typography>
        <ErrorSummary
          problems={summaryItems(
            errors,
            [
              { name: 'newPassword', id: 'reset-new', label: shared('newPassword') },
              { name: 'confirmPassword', id: 'reset-confirm', label: shared('confirmPassword') },
            ],
            shared,
          )}
          focusKey={submitCount}
        >
          {failure && <ProblemText error={failure} />}
        </ErrorSummary>
        <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
          <NewPasswordFields control={control} idPrefix="reset" />
          <SubmitButton label={t('resetSubmit')} busy={isSubmitting} />
        </Box>
      </>
    );
  }
  return (
    <Page title={t('resetTitle')} maxWidth={640}>
      {body}
    </Page>
  );
}
