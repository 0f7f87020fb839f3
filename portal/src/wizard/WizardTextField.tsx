import type { ReactNode } from 'react';
import { Box, TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useMessages } from '../i18n/locale';
import { wizardMessages } from './wizard.messages';

/**
 * A wizard field: its problem (the API's, in the user's language) first, then the hint, then
 * what is registered now, all under the field and tied to it for screen readers (MUI's
 * aria-describedby and aria-invalid). `current` undefined hides the "registered now" line.
 */
export function WizardTextField<T extends FieldValues>({
  control,
  name,
  id,
  hint,
  current,
  children,
  ...props
}: {
  control: Control<T>;
  name: FieldPath<T>;
  id: string;
  hint?: ReactNode;
  current?: string | null;
  children?: ReactNode;
} & Omit<TextFieldProps, 'name' | 'id' | 'helperText' | 'children'>) {
  const w = useMessages(wizardMessages);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          {...field}
          id={id}
          value={field.value ?? ''}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          fullWidth={props.fullWidth ?? true}
          helperText={
            <>
              {fieldState.error?.message && (
                <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
                  {fieldState.error.message}
                </Box>
              )}
              {hint && (
                <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                  {hint}
                </Box>
              )}
              {current !== undefined && (
                <Box
                  component="span"
                  sx={{ display: 'block', color: 'text.secondary', overflowWrap: 'anywhere' }}
                >
                  {w('currentValue', { value: current || w('none') })}
                </Box>
              )}
            </>
          }
          slotProps={{
            ...props.slotProps,
            formHelperText: { sx: { mx: 0 } },
          }}
        >
          {children}
        </TextField>
      )}
    />
  );
}
