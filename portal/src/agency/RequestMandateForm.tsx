import { useMemo, useState, type ChangeEvent } from 'react';
import { useApolloClient } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Control } from 'react-hook-form';
import { z } from 'zod';
import { Box, FormHelperText, FormLabel } from '@mui/material';
import { FormTextField } from '../components/FormTextField';
import type { Said } from '../components/Notice';
import { withOwnMessages } from '../components/serverErrors';
import { useServerSubmit } from '../components/useServerSubmit';
import type { AmendmentItem } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { AgencyForm } from './AgencyForm';
import { MandateScopeFields, scopeFieldIds, type ScopeValues } from './MandateScopeFields';
import { type MandateKey, mandateMessages } from './mandates.messages';
import { useMandateScope } from './scopeSchema';
import { requestMandate } from './uploadMandate';

interface RequestValues extends ScopeValues {
  uiNumber: string;
  birthDate: string;
  file: File | null;
}

const ID = 'request';
const FIELD_IDS = {
  uiNumber: `${ID}-ui-number`,
  birthDate: `${ID}-birth-date`,
  file: `${ID}-file`,
  ...scopeFieldIds(ID),
};

/**
 * An employer or agency sends the holder's signed power of attorney; the mandate waits for an
 * officer's check (PENDING_VERIFICATION) before it lets anyone file.
 */
export function RequestMandateForm({
  itemLabels,
  onRequested,
}: {
  itemLabels: { item: AmendmentItem; label: string }[];
  onRequested: (said: Said<MandateKey>) => void;
}) {
  const t = useMessages(mandateMessages);
  const scopeRules = useMandateScope();
  const client = useApolloClient();
  const schema = useMemo(
    () =>
      z
        .object({
          uiNumber: z
            .string()
            .trim()
            .min(1, t('uiRequired'))
            .regex(/^[A-Za-z][A-Da-d89]\d{8}$/, t('uiFormat')),
          birthDate: z.string().min(1, t('birthRequired')),
          file: z.custom<File | null>((f) => f instanceof File, t('fileRequired')),
        })
        .and(scopeRules.schema),
    [t, scopeRules.schema],
  );
  const form = useForm<RequestValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: {
      uiNumber: '',
      birthDate: '',
      file: null,
      ...scopeRules.defaults,
    },
  });
  const { control, reset, formState } = form;
  const [fileKey, setFileKey] = useState(0);
  const { submit, failure } = useServerSubmit(
    form,
    ['uiNumber', 'birthDate', 'items', 'validUntil'],
    async (values) => {
      await requestMandate(
        {
          uiNumber: values.uiNumber.trim().toUpperCase(),
          birthDate: values.birthDate,
          items: values.scope === 'all' ? [] : values.items,
          validUntil: values.validUntil,
        },
        values.file!,
      );
      await client.refetchQueries({ include: ['AgencyMandates'] });
      reset();
      setFileKey((k) => k + 1); // a file input cannot be emptied by React: a new one
      onRequested({ key: 'requested' });
    },
    {
      onError: (error) => withOwnMessages(error, scopeRules.ownMessages),
    },
  );

  return (
    <AgencyForm
      labelledBy="request-title"
      formState={formState}
      fieldIds={FIELD_IDS}
      failure={failure}
      onSubmit={submit}
      submitLabel={t('requestSubmit')}
      busy={formState.isSubmitting}
    >
      <FormTextField
        control={control}
        name="uiNumber"
        id={FIELD_IDS.uiNumber}
        label={t('uiLabel')}
        helperText={t('uiHelp')}
        autoComplete="off"
        slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
        sx={{ mb: 2, maxWidth: 320, display: 'flex' }}
      />
      <FormTextField
        control={control}
        name="birthDate"
        id={FIELD_IDS.birthDate}
        type="date"
        label={t('birthLabel')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: scopeRules.today } }}
        sx={{ mb: 2, maxWidth: 320, display: 'flex' }}
      />
      <Controller
        control={control}
        name="file"
        render={({ field, fieldState }) => (
          <Box sx={{ mb: 2 }}>
            <FormLabel
              htmlFor={FIELD_IDS.file}
              error={Boolean(fieldState.error)}
              sx={{ display: 'block', mb: 0.5, color: 'text.primary' }}
            >
              {t('fileLabel')}
            </FormLabel>
            <Box
              component="input"
              key={fileKey}
              id={FIELD_IDS.file}
              ref={field.ref}
              type="file"
              accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
              aria-describedby={`${FIELD_IDS.file}-help`}
              aria-invalid={Boolean(fieldState.error)}
              onChange={(event: ChangeEvent<HTMLInputElement>) =>
                field.onChange(event.target.files?.[0] ?? null)
              }
              sx={{ maxWidth: '100%', font: 'inherit' }}
            />
            <FormHelperText id={`${FIELD_IDS.file}-help`} error={Boolean(fieldState.error)}>
              {fieldState.error?.message ?? t('fileHelp')}
            </FormHelperText>
          </Box>
        )}
      />
      <MandateScopeFields
        control={control as unknown as Control<ScopeValues>}
        itemLabels={itemLabels}
        idPrefix={ID}
        today={scopeRules.today}
        maxDate={scopeRules.maxDate}
      />
    </AgencyForm>
  );
}
