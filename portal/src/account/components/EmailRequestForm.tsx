import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Box, Typography } from '@mui/material';
import { z } from 'zod';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormTextField } from '../../components/FormTextField';
import { useServerSubmit } from '../../components/useServerSubmit';
import { useMessages } from '../../i18n/locale';
import { accountShared } from '../shared.messages';
import { ProblemText } from './ProblemText';
import { SubmitButton } from './SubmitButton';
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
  const required = useRequiredText();
  const [sentTo, setSentTo] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () =>
      z.object({
        email: requiredText(required(shared('email'))).regex(EMAIL_SHAPE, shared('emailInvalid')),
      }),
    [required, shared],
  );
  const form = useForm<EmailValues>({
    resolver: zodResolver(schema),
    defaultValues: { email: '' },
    shouldFocusError: false,
  });
  const {
    control,
    formState: { errors, isSubmitting, submitCount },
  } = form;
  const { submit, failure } = useServerSubmit(form, ['email'], async ({ email }) => {
    await send(email.trim());
    setSentTo(email.trim());
  });
  useEffect(() => {
    if (sentTo) panel.current?.focus();
  }, [sentTo]);

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

  return (
    <>
      <ErrorSummary
        problems={summaryItems(errors, [{ name: 'email', id, label: shared('email') }], shared)}
        focusKey={submitCount}
      >
        {failure && <ProblemText error={failure} />}
      </ErrorSummary>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
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
        <SubmitButton label={submitLabel} busy={isSubmitting} />
      </Box>
    </>
  );
}
