import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { ErrorSummary } from '../components/ErrorSummary';
import { summaryOf } from '../components/fieldProblems';
import { FormTextField } from '../components/FormTextField';
import { applyServerErrors } from '../components/serverErrors';
import type { ApiKeyScope } from '../generated/graphql';
import { toApiError } from '../graphql/errors';
import { useMessages } from '../i18n/locale';
import { AgencyCreateApiKeyMutation } from './agency.graphql';
import { SCOPE_MESSAGE } from './ApiKeyCard';
import { apiKeyMessages } from './apiKeys.messages';

const DAYS = ['30', '90', '180', '365'] as const;
const SCOPES: readonly ApiKeyScope[] = ['READ', 'FILE'];
const FIELD_IDS = { name: 'key-name', scopes: 'key-scope-READ', days: 'key-days-30' };

interface KeyValues {
  name: string;
  scopes: ApiKeyScope[];
  days: (typeof DAYS)[number];
}

/** Name, permissions (explained), how long it works; the token comes back once, to the page. */
export function CreateApiKeyForm({
  onCreated,
}: {
  onCreated: (token: string, name: string) => void;
}) {
  const t = useMessages(apiKeyMessages);
  const schema = useMemo(
    () =>
      z.object({
        name: z.string().trim().min(1, t('nameRequired')).max(100, t('nameTooLong')),
        scopes: z.array(z.enum(['READ', 'FILE'])).min(1, t('scopesRequired')),
        days: z.enum(DAYS),
      }),
    [t],
  );
  const { control, handleSubmit, setError, reset, formState } = useForm<KeyValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { name: '', scopes: ['READ'], days: '180' },
  });
  const [create, { loading }] = useMutation(AgencyCreateApiKeyMutation, {
    refetchQueries: ['AgencyApiKeys'],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<unknown>();

  const onSubmit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            scopes: values.scopes,
            expiresAt: new Date(Date.now() + Number(values.days) * 86_400_000).toISOString(),
          },
        },
      });
      reset();
      if (data) onCreated(data.createApiKey.token, data.createApiKey.apiKey.name);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyServerErrors(apiError, setError, ['name', 'scopes'], {
        expiresAt: 'days',
      });
      if (apiError.fields.length === 0 || unplaced.length > 0) setFailure(apiError);
    }
  });

  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="create-key-title"
    >
      <ErrorSummary
        problems={summaryOf(formState.errors, FIELD_IDS)}
        focusKey={formState.submitCount}
      />
      <ErrorAlert error={failure} />
      <FormTextField
        control={control}
        name="name"
        id={FIELD_IDS.name}
        label={t('nameLabel')}
        helperText={t('nameHelp')}
        autoComplete="off"
        sx={{ mb: 2, maxWidth: 480, display: 'flex' }}
      />
      <Controller
        control={control}
        name="scopes"
        render={({ field, fieldState }) => (
          <FormControl
            component="fieldset"
            error={Boolean(fieldState.error)}
            aria-describedby={fieldState.error ? 'key-scopes-error' : undefined}
            sx={{ mb: 2, display: 'block' }}
          >
            <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 600 }}>
              {t('scopesLegend')}
            </FormLabel>
            <FormGroup>
              {SCOPES.map((scope) => (
                <FormControlLabel
                  key={scope}
                  sx={{ alignItems: 'flex-start', mt: 1 }}
                  control={
                    <Checkbox
                      id={`key-scope-${scope}`}
                      checked={field.value.includes(scope)}
                      onChange={(event) =>
                        field.onChange(
                          event.target.checked
                            ? [...field.value, scope]
                            : field.value.filter((s) => s !== scope),
                        )
                      }
                      slotProps={{
                        input: { 'aria-describedby': `key-scope-${scope}-help` },
                      }}
                      sx={{ pt: 0 }}
                    />
                  }
                  label={
                    <>
                      <Typography component="span" sx={{ fontWeight: 600 }}>
                        {t(SCOPE_MESSAGE[scope])}
                      </Typography>
                      <Typography
                        id={`key-scope-${scope}-help`}
                        component="span"
                        variant="body2"
                        sx={{ display: 'block', color: 'text.secondary' }}
                      >
                        {t(scope === 'READ' ? 'scopeReadHelp' : 'scopeFileHelp')}
                      </Typography>
                    </>
                  }
                />
              ))}
            </FormGroup>
            {fieldState.error && (
              <FormHelperText id="key-scopes-error">{fieldState.error.message}</FormHelperText>
            )}
          </FormControl>
        )}
      />
      <Controller
        control={control}
        name="days"
        render={({ field, fieldState }) => (
          <FormControl
            component="fieldset"
            error={Boolean(fieldState.error)}
            sx={{ mb: 2, display: 'block' }}
          >
            <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 600 }}>
              {t('validityLegend')}
            </FormLabel>
            <RadioGroup {...field} row aria-describedby="key-days-help">
              {DAYS.map((days) => (
                <FormControlLabel
                  key={days}
                  value={days}
                  control={<Radio id={`key-days-${days}`} />}
                  label={t(`days${days}`)}
                />
              ))}
            </RadioGroup>
            <FormHelperText id="key-days-help">
              {fieldState.error?.message ?? t('validityHelp')}
            </FormHelperText>
          </FormControl>
        )}
      />
      <Button type="submit" variant="contained" size="large" disabled={loading}>
        {t('createSubmit')}
      </Button>
    </Box>
  );
}
