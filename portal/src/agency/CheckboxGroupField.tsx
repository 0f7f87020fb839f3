import type { ReactNode } from 'react';
import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Typography,
} from '@mui/material';
import { Controller, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';

export interface CheckboxOption<V extends string> {
  value: V;
  label: ReactNode;
  /** A line under the label, tied to its checkbox for screen readers. */
  hint?: string;
}

/**
 * Several checkboxes for one list-valued field (permissions, events, changes), in a fieldset
 * with its legend; the field's problem under them, tied to the group. `idOf` gives a checkbox
 * its id (at least the first: the error summary's link moves there).
 */
export function CheckboxGroupField<T extends FieldValues, V extends string>({
  control,
  name,
  legend,
  options,
  idOf,
  errorId,
  nested = false,
}: {
  control: Control<T>;
  name: FieldPathByValue<T, V[]>;
  legend: string;
  options: readonly CheckboxOption<V>[];
  idOf: (value: V, index: number) => string | undefined;
  errorId: string;
  /** Inside another fieldset: a lighter legend, no space of its own below. */
  nested?: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const chosen = field.value as V[];
        return (
          <FormControl
            component="fieldset"
            error={Boolean(fieldState.error)}
            aria-describedby={fieldState.error ? errorId : undefined}
            sx={nested ? undefined : { mb: 2, display: 'block' }}
          >
            <FormLabel
              component="legend"
              sx={{ color: 'text.primary', fontWeight: nested ? undefined : 600 }}
            >
              {legend}
            </FormLabel>
            <FormGroup>
              {options.map(({ value, label, hint }, index) => {
                const id = idOf(value, index);
                const helpId = hint && id ? `${id}-help` : undefined;
                return (
                  <FormControlLabel
                    key={value}
                    sx={hint ? { alignItems: 'flex-start', mt: 1 } : undefined}
                    control={
                      <Checkbox
                        id={id}
                        checked={chosen.includes(value)}
                        onChange={(event) =>
                          field.onChange(
                            event.target.checked
                              ? [...chosen, value]
                              : chosen.filter((v) => v !== value),
                          )
                        }
                        slotProps={helpId ? { input: { 'aria-describedby': helpId } } : undefined}
                        sx={hint ? { pt: 0 } : undefined}
                      />
                    }
                    label={
                      hint ? (
                        <>
                          <Typography component="span" sx={{ fontWeight: 600 }}>
                            {label}
                          </Typography>
                          <Typography
                            id={helpId}
                            component="span"
                            variant="body2"
                            sx={{ display: 'block', color: 'text.secondary' }}
                          >
                            {hint}
                          </Typography>
                        </>
                      ) : (
                        label
                      )
                    }
                  />
                );
              })}
            </FormGroup>
            {fieldState.error && (
              <FormHelperText id={errorId}>{fieldState.error.message}</FormHelperText>
            )}
          </FormControl>
        );
      }}
    />
  );
}
