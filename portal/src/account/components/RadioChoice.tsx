import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

export interface RadioOption {
  value: string;
  label: string;
  /** A line under the option explaining it (tied to it for screen readers). */
  hint?: string;
}

/**
 * One question with radio buttons, as a fieldset whose legend is the question; its problem is
 * shown under it. The first option takes the focus when the form points at the question.
 */
export function RadioChoice<T extends FieldValues>({
  control,
  name,
  id,
  legend,
  options,
  required = false,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  id: string;
  legend: string;
  options: RadioOption[];
  required?: boolean;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl
          component="fieldset"
          error={Boolean(fieldState.error)}
          required={required}
          sx={{ my: 2, width: '100%' }}
        >
          <FormLabel component="legend" sx={{ fontWeight: 600, color: 'text.primary', mb: 1 }}>
            {legend}
          </FormLabel>
          {fieldState.error && (
            <FormHelperText id={`${id}-error`} sx={{ mx: 0, fontSize: '0.9rem' }}>
              {fieldState.error.message}
            </FormHelperText>
          )}
          <RadioGroup
            name={field.name}
            value={field.value ?? ''}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
          >
            {options.map((option, index) => {
              const optionId = index === 0 ? id : `${id}-${option.value}`;
              const hintId = `${optionId}-hint`;
              const describedBy = [
                option.hint ? hintId : undefined,
                fieldState.error ? `${id}-error` : undefined,
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <Box key={option.value} sx={{ mb: option.hint ? 1 : 0 }}>
                  <FormControlLabel
                    value={option.value}
                    label={option.label}
                    control={
                      <Radio
                        id={optionId}
                        slotProps={{
                          input: {
                            ref: index === 0 ? field.ref : undefined,
                            'aria-describedby': describedBy || undefined,
                          },
                        }}
                      />
                    }
                  />
                  {option.hint && (
                    <Typography
                      id={hintId}
                      variant="body2"
                      sx={{ color: 'text.secondary', pl: 4, mt: -0.5 }}
                    >
                      {option.hint}
                    </Typography>
                  )}
                </Box>
              );
            })}
          </RadioGroup>
        </FormControl>
      )}
    />
  );
}
