import type { BaseSyntheticEvent, ReactNode } from 'react';
import { Box, Button } from '@mui/material';
import type { FieldValues, FormState } from 'react-hook-form';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { summaryOf } from '../components/fieldProblems';

/**
 * The frame of the mandate, key and webhook forms: what is wrong at the top (each field's
 * problem linking to it, focused after a failed submit; then the API's refusal that no field
 * explains), the fields, and the one button. Named by the heading of its section.
 */
export function AgencyForm<T extends FieldValues>({
  labelledBy,
  formState,
  fieldIds,
  failure,
  onSubmit,
  submitLabel,
  busy,
  children,
}: {
  labelledBy: string;
  formState: FormState<T>;
  /** Each field's name and the id its summary link moves to, in the fields' order. */
  fieldIds: Readonly<Record<string, string>>;
  failure: unknown;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  submitLabel: string;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby={labelledBy}
    >
      <ErrorSummary
        problems={summaryOf(formState.errors, fieldIds)}
        focusKey={formState.submitCount}
      />
      <ErrorAlert error={failure} />
      {children}
      <Button type="submit" variant="contained" size="large" disabled={busy}>
        {submitLabel}
      </Button>
    </Box>
  );
}
