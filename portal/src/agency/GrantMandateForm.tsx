import { useMemo } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { z } from 'zod';
import { FormTextField } from '../components/FormTextField';
import type { Said } from '../components/Notice';
import { withOwnMessages } from '../components/serverErrors';
import { useServerSubmit } from '../components/useServerSubmit';
import type { AmendmentItem } from '../generated/graphql';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { AgencyGrantMandateMutation } from './agency.graphql';
import { AgencyForm } from './AgencyForm';
import { addYears, taipeiToday } from './calendar';
import { MandateScopeFields, scopeFieldIds, type ScopeValues } from './MandateScopeFields';
import { type MandateKey, mandateMessages } from './mandates.messages';
import { scopeSchema } from './scopeSchema';

interface GrantValues extends ScopeValues {
  grantee: string;
}

const ID = 'grant';
const FIELD_IDS = { grantee: `${ID}-grantee`, ...scopeFieldIds(ID) };

/** The holder authorises an employer or agency by its account name; active at once. */
export function GrantMandateForm({
  itemLabels,
  onGranted,
}: {
  itemLabels: { item: AmendmentItem; label: string }[];
  onGranted: (said: Said<MandateKey>) => void;
}) {
  const t = useMessages(mandateMessages);
  const { locale } = useLocale();
  const today = taipeiToday();
  const maxDate = addYears(today, 3);
  const schema = useMemo(
    () =>
      z
        .object({ grantee: z.string().trim().min(1, t('granteeRequired')) })
        .and(scopeSchema(t, locale, today, maxDate)),
    [t, locale, today, maxDate],
  );
  const form = useForm<GrantValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { grantee: '', scope: 'all', items: [], validUntil: addYears(today, 1) },
  });
  const { control, reset, formState } = form;
  const scope = useWatch({ control, name: 'scope' });
  const [grant, { loading }] = useMutation(AgencyGrantMandateMutation, {
    refetchQueries: ['AgencyMandates'],
    awaitRefetchQueries: true,
  });
  const { submit, failure } = useServerSubmit(
    form,
    ['grantee', 'items', 'validUntil'],
    async (values) => {
      const { data } = await grant({
        variables: {
          input: {
            grantee: values.grantee.trim(),
            items: values.scope === 'all' ? [] : values.items,
            validUntil: values.validUntil,
          },
        },
      });
      reset();
      if (data)
        onGranted({
          key: 'granted',
          // The same date format in both languages: it may be formatted now.
          params: {
            name: data.createMandate.granteeName,
            until: formatDate(data.createMandate.validUntil, locale),
          },
        });
    },
    {
      onError: (error) =>
        withOwnMessages(error, {
          'input.grantee': { INVALID_VALUE: t('granteeUnknown') },
          'input.validUntil': {
            OUT_OF_RANGE: t('validUntilRange', { max: formatDate(maxDate, locale) }),
          },
        }),
    },
  );

  return (
    <AgencyForm
      labelledBy="grant-title"
      formState={formState}
      fieldIds={FIELD_IDS}
      failure={failure}
      onSubmit={submit}
      submitLabel={t('grantSubmit')}
      busy={loading}
    >
      <FormTextField
        control={control}
        name="grantee"
        id={FIELD_IDS.grantee}
        label={t('granteeLabel')}
        helperText={t('granteeHelp')}
        autoComplete="off"
        slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
        sx={{ mb: 2, maxWidth: 480, display: 'flex' }}
      />
      <MandateScopeFields
        control={control as unknown as Control<ScopeValues>}
        scope={scope}
        itemLabels={itemLabels}
        idPrefix={ID}
        today={today}
        maxDate={maxDate}
      />
    </AgencyForm>
  );
}
