import { useState } from 'react';
import { Button, InputAdornment } from '@mui/material';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { FormTextField } from '../../components/FormTextField';
import { useMessages } from '../../i18n/locale';
import { accountShared } from '../shared.messages';

/**
 * A password input with a "show" button, so that people typing on a phone can check what they
 * typed. The button says what it does and which field it reveals.
 */
export function PasswordField<T extends FieldValues>({
  control,
  name,
  id,
  label,
  autoComplete,
  helperText,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  id: string;
  label: string;
  autoComplete: 'current-password' | 'new-password';
  helperText?: string;
}) {
  const t = useMessages(accountShared);
  const [shown, setShown] = useState(false);
  return (
    <FormTextField
      control={control}
      name={name}
      id={id}
      label={label}
      type={shown ? 'text' : 'password'}
      autoComplete={autoComplete}
      helperText={helperText}
      margin="normal"
      required
      slotProps={{
        htmlInput: { spellCheck: false, autoCapitalize: 'none', autoCorrect: 'off' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <Button
                type="button"
                size="small"
                aria-controls={id}
                aria-label={t(shown ? 'hidePasswordLabel' : 'showPasswordLabel', { label })}
                onClick={() => setShown((value) => !value)}
                sx={{ minWidth: 0 }}
              >
                {shown ? t('hidePassword') : t('showPassword')}
              </Button>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
