import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Box, Button, Typography } from '@mui/material';
import { z } from 'zod';
import { ErrorSummary } from '../components/ErrorSummary';
import { applyServerErrors } from '../components/serverErrors';
import { toApiError, type ApiError } from '../graphql/errors';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { useSession } from '../session/SessionProvider';
import { AccountChangePasswordMutation } from './account.graphql';
import { NewPasswordFields } from './components/NewPasswordFields';
import { PasswordField } from './components/PasswordField';
import { summaryItems } from './components/summaryItems';
import {
  newPasswordRules,
  useNewPasswordMessages,
  useRequiredText,
  withPasswordMatch,
} from './components/validation';
import { passwordMessages } from './password.messages';
import { useAccountPolicy } from './policy';
import { accountShared } from './shared.messages';

interface ChangeValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Current password, then the new one twice; `onChanged` runs once the session is read again. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const t = useMessages(passwordMessages);
  const shared = useMessages(accountShared);
  const words = useMessages(common);
  const required = useRequiredText();
  const navigate = useNavigate();
  const { refresh, logout } = useSession();
  const [change] = useMutation(AccountChangePasswordMutation);
  const [problem, setProblem] = useState<ApiError>();
  const policy = useAccountPolicy();
  const newMessages = useNewPasswordMessages(shared('newPassword'));
  const resolver = useMemo(
    () =>
      withPasswordMatch<ChangeValues>(
        zodResolver(
          z.object({
            currentPassword: z.string().min(1, required(t('currentPassword'))),
            newPassword: newPasswordRules(newMessages),
            confirmPassword: z.string().min(1, shared('confirmRequired')),
          }),
        ),
        shared('confirmMismatch'),
      ),
    [newMessages, required, shared, t],
  );
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<ChangeValues>({
    resolver,
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    shouldFocusError: false,
  });

  const onSubmit = async (values: ChangeValues) => {
    setProblem(undefined);
    try {
      await change({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      // The session is no longer restricted: read it again before going on.
      await refresh();
      onChanged();
    } catch (failure) {
      const error = toApiError(failure);
      if (error.code === 'ACCOUNT_LOCKED') {
        // Locking ends every session of the account, this one too: unlocking is by email.
        await logout();
        await navigate('/account/forgot-password?locked=1', { replace: true });
        return;
      }
      if (error.code === 'INVALID_CREDENTIALS') {
        setValue('currentPassword', '');
        setError('currentPassword', {
          type: 'server',
          message: policy ? t('currentWrong', { n: policy.lockoutThreshold }) : error.message,
        });
        return;
      }
      const unplaced = applyServerErrors(error, setError, ['currentPassword', 'newPassword']);
      if (error.code !== 'BAD_USER_INPUT' || unplaced.length > 0) setProblem(error);
    }
  };

  return (
    <>
      <ErrorSummary
        problems={summaryItems(
          errors,
          [
            { name: 'currentPassword', id: 'change-current', label: t('currentPassword') },
            { name: 'newPassword', id: 'change-new', label: shared('newPassword') },
            { name: 'confirmPassword', id: 'change-confirm', label: shared('confirmPassword') },
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
        <PasswordField
          control={control}
          name="currentPassword"
          id="change-current"
          label={t('currentPassword')}
          autoComplete="current-password"
        />
        <NewPasswordFields control={control} idPrefix="change" />
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={isSubmitting}
          sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}
        >
          {isSubmitting ? shared('sending') : t('changeSubmit')}
        </Button>
      </Box>
    </>
  );
}
