import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Alert, Box, Button, Typography } from '@mui/material';
import { z } from 'zod';
import { ErrorSummary } from '../components/ErrorSummary';
import { Page } from '../components/Page';
import { applyServerErrors } from '../components/serverErrors';
import { toApiError, type ApiError } from '../graphql/errors';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { AccountResetPasswordMutation } from './account.graphql';
import { LinkList } from './components/LinkList';
import { NewPasswordFields } from './components/NewPasswordFields';
import { summaryItems } from './components/summaryItems';
import {
  newPasswordRules,
  useNewPasswordMessages,
  useRequiredText,
  withPasswordMatch,
} from './components/validation';
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
  const words = useMessages(common);
  const required = useRequiredText();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [reset] = useMutation(AccountResetPasswordMutation);
  const [outcome, setOutcome] = useState<'done' | 'invalid'>();
  const policy = useAccountPolicy();
  const [problem, setProblem] = useState<ApiError>();
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const passwordMessages = useNewPasswordMessages(shared('newPassword'));
  const resolver = useMemo(
    () =>
      withPasswordMatch<ResetValues>(
        zodResolver(
          z.object({
            newPassword: newPasswordRules(passwordMessages),
            confirmPassword: z.string().min(1, shared('confirmRequired')),
          }),
        ),
        shared('confirmMismatch'),
      ),
    [passwordMessages, required, shared],
  );
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<ResetValues>({
    resolver,
    defaultValues: { newPassword: '', confirmPassword: '' },
    shouldFocusError: false,
  });

  const onSubmit = async (values: ResetValues) => {
    setProblem(undefined);
    try {
      await reset({ variables: { token, newPassword: values.newPassword } });
      setOutcome('done');
    } catch (failure) {
      const error = toApiError(failure);
      if (error.code === 'TOKEN_INVALID') {
        setOutcome('invalid');
        return;
      }
      const unplaced = applyServerErrors(error, setError, ['newPassword']);
      if (error.code !== 'BAD_USER_INPUT' || unplaced.length > 0) setProblem(error);
    }
  };

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
          {problem && (
            <Typography>
              {problem.code === 'NETWORK_ERROR' ? words('networkError') : problem.message}
            </Typography>
          )}
        </ErrorSummary>
        <Box component="form" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
          <NewPasswordFields control={control} idPrefix="reset" />
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={isSubmitting}
            sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}
          >
            {isSubmitting ? shared('sending') : t('resetSubmit')}
          </Button>
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
