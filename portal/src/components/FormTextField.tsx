import { TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A text field bound to react-hook-form: the field's problem (from the form's own checks or the
 * API's `extensions.fields`, put there with `setError`) is shown beside it and tied to it for
 * screen readers (MUI sets aria-describedby and aria-invalid).
 */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  helperText,
  ...props
}: { control: Control<T>; name: FieldPath<T> } & Omit<TextFieldProps, 'name'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          {...field}
          value={field.value ?? ''}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText}
          fullWidth={props.fullWidth ?? true}
        />
      )}
    />
  );
}
