import { useMemo } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import { FormTextField } from '../components/FormTextField';
import { useServerSubmit } from '../components/useServerSubmit';
import type { ApiKeyScope } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { AgencyCreateApiKeyMutation } from './agency.graphql';
import { AgencyForm } from './AgencyForm';
import { SCOPE_MESSAGE } from './ApiKeyCard';
import { apiKeyMessages } from './apiKeys.messages';
import { CheckboxGroupField } from './CheckboxGroupField';

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
  const form = useForm<KeyValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { name: '', scopes: ['READ'], days: '180' },
  });
  const { control, reset, formState } = form;
  const [create, { loading }] = useMutation(AgencyCreateApiKeyMutation, {
    refetchQueries: ['AgencyApiKeys'],
    awaitRefetchQueries: true,
  });
  const { submit, failure } = useServerSubmit(
    form,
    ['name', 'scopes'],
    async (values) => {
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
    },
    { rename: { expiresAt: 'days' } },
  );

  return (
    <AgencyForm
      labelledBy="create-key-title"
      formState={formState}
      fieldIds={FIELD_IDS}
      failure={failure}
      onSubmit={submit}
      submitLabel={t('createSubmit')}
      busy={loading}
    >
      <FormTextField
        control={control}
        name="name"
        id={FIELD_IDS.name}
        label={t('nameLabel')}
        helperText={t('nameHelp')}
        autoComplete="off"
        sx={{ mb: 2, maxWidth: 480, display: 'flex' }}
      />
      <CheckboxGroupField
        control={control}
        name="scopes"
        legend={t('scopesLegend')}
        options={SCOPES.map((scope) => ({
          value: scope,
          label: t(SCOPE_MESSAGE[scope]),
          hint: t(scope === 'READ' ? 'scopeReadHelp' : 'scopeFileHelp'),
        }))}
        idOf={(scope) => `key-scope-${scope}`}
        errorId="key-scopes-error"
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
    </AgencyForm>
  );
}
