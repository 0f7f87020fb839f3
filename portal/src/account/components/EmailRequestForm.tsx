import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Box, Button, Typography } from '@mui/material';
import { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormTextField } from '../../components/FormTextField';
import { applyServerErrors } from '../../components/serverErrors';
import { toApiError, type ApiError } from '../../graphql/errors';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/locale';
import { accountShared } from '../shared.messages';
import { waitText } from './rateLimit';
import { summaryItems } from './summaryItems';
import { EMAIL_SHAPE, requiredText, useRequiredText } from './validation';

interface EmailValues {
  email: string;
}

/**
 * One email address and one button, for the requests that answer the same whatever the address
 * (forgot password, forgot account name, resend the confirmation): afterwards the form gives way
 * to `done`, which takes the focus.
 */
export function EmailRequestForm({
  id,
  submitLabel,
  doneTitle,
  send,
  done,
}: {
  id: string;
  submitLabel: string;
  doneTitle: string;
  send: (email: string) => Promise<unknown>;
  done: (email: string) => ReactNode;
}) {
  const shared = useMessages(accountShared);
  const words = useMessages(common);
  const required = useRequiredText();
  const [sentTo, setSentTo] = useState<string>();
  const [problem, setProblem] = useState<ApiError>();
  const panel = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () =>
      z.object({
        email: requiredText(required(shared('email'))).regex(EMAIL_SHAPE, shared('emailInvalid')),
      }),
    [required, shared],
  );
  const {
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<EmailValues>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
    shouldFocusError: false,
  });
  useEffect(() => {
    if (sentTo) panel.current?.focus();
  }, [sentTo]);

  const onSubmit = async ({ email }: EmailValues) => {
    setProblem(undefined);
    try {
      await send(email.trim());
      setSentTo(email.trim());
    } catch (failure) {
      const error = toApiError(failure);
      const unplaced = applyServerErrors(error, setError, ['email']);
      if (error.code !== 'BAD_USER_INPUT' || unplaced.length > 0) setProblem(error);
    }
  };

  if (sentTo) {
    return (
      <Box
        ref={panel}
        tabIndex={-1}
        role="status"
        data-testid="request-done"
        sx={{
          borderLeft: 6,
          borderColor: 'success.main',
          bgcolor: 'background.paper',
          p: 2,
          mb: 3,
          overflowWrap: 'anywhere',
          '&:focus-visible': { outline: '3px solid #c25100', outlineOffset: 2 },
        }}
      >
        <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
          {doneTitle}
        </Typography>
        {done(sentTo)}
      </Box>
    );
  }

  const problemText =
    problem?.code === 'RATE_LIMITED'
      ? shared('rateLimited', { wait: waitText(problem, shared) })
      : problem?.code === 'NETWORK_ERROR'
        ? words('networkError')
        : problem?.message;
  return (
    <>
      <ErrorSummary
        problems={summaryItems(errors, [{ name: 'email', id, label: shared('email') }], shared)}
        focusKey={submitCount}
      >
        {problemText && <Typography>{problemText}</Typography>}
      </ErrorSummary>
      <Box component="form" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
        <FormTextField
          control={control}
          name="email"
          id={id}
          label={shared('email')}
          helperText={shared('emailHint')}
          type="email"
          autoComplete="email"
          margin="normal"
          required
          slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
        />
        <Button
          type="submit"
          variant="contained"
          size="large"
          disabled={isSubmitting}
          sx={{ mt: 2, width: { xs: '100%', sm: 'auto' } }}
        >
          {isSubmitting ? shared('sending') : submitLabel}
        </Button>
      </Box>
    </>
  );
}
