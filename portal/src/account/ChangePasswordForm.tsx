import { useMemo } from 'react';
import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { Box } from '@mui/material';
import { z } from 'zod';
import { ErrorSummary } from '../components/ErrorSummary';
import { useServerSubmit } from '../components/useServerSubmit';
import { useMessages } from '../i18n/locale';
import { useSession } from '../session/SessionProvider';
import { AccountChangePasswordMutation } from './account.graphql';
import { NewPasswordFields } from './components/NewPasswordFields';
import { PasswordField } from './components/PasswordField';
import { ProblemText } from './components/ProblemText';
import { SubmitButton } from './components/SubmitButton';
import { summaryItems } from './components/summaryItems';
import { useNewPasswordResolver, useRequiredText } from './components/validation';
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
  const required = useRequiredText();
  const navigate = useNavigate();
  const { refresh, logout } = useSession();
  const [change] = useMutation(AccountChangePasswordMutation);
  const policy = useAccountPolicy();
  const current = useMemo(
    () => ({ currentPassword: z.string().min(1, required(t('currentPassword'))) }),
    [required, t],
  );
  const form = useForm<ChangeValues>({
    resolver: useNewPasswordResolver<ChangeValues>(current),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    shouldFocusError: false,
  });
  const {
    control,
    setError,
    setValue,
    formState: { errors, isSubmitting, submitCount },
  } = form;
  const { submit, failure } = useServerSubmit(
    form,
    ['currentPassword', 'newPassword'],
    async (values) => {
      await change({
        variables: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      // The session is no longer restricted: read it again before going on.
      await refresh();
      onChanged();
    },
    {
      onError: async (error) => {
        if (error.code === 'ACCOUNT_LOCKED') {
          // Locking ends every session of the account, this one too: unlocking is by email.
          // Leave the signed-in page first, or it would send the browser to log in (RequireSession).
          await navigate('/account/forgot-password?locked=1', { replace: true });
          await logout();
          return undefined;
        }
        if (error.code === 'INVALID_CREDENTIALS') {
          setValue('currentPassword', '');
          setError('currentPassword', {
            type: 'server',
            message: policy ? t('currentWrong', { n: policy.lockoutThreshold }) : error.message,
          });
          return undefined;
        }
        return error;
      },
    },
  );

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
        {failure && <ProblemText error={failure} />}
      </ErrorSummary>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <PasswordField
          control={control}
          name="currentPassword"
          id="change-current"
          label={t('currentPassword')}
          autoComplete="current-password"
        />
        <NewPasswordFields control={control} idPrefix="change" />
        <SubmitButton label={t('changeSubmit')} busy={isSubmitting} />
      </Box>
    </>
  );
}
