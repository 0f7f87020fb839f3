import { useMemo } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Control } from 'react-hook-form';
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
import { MandateScopeFields, scopeFieldIds, type ScopeValues } from './MandateScopeFields';
import { type MandateKey, mandateMessages } from './mandates.messages';
import { useMandateScope } from './scopeSchema';

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
  const scopeRules = useMandateScope();
  const schema = useMemo(
    () =>
      z.object({ grantee: z.string().trim().min(1, t('granteeRequired')) }).and(scopeRules.schema),
    [t, scopeRules.schema],
  );
  const form = useForm<GrantValues>({
    resolver: zodResolver(schema),
    shouldFocusError: false,
    defaultValues: { grantee: '', ...scopeRules.defaults },
  });
  const { control, reset, formState } = form;
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
          ...scopeRules.ownMessages,
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
        itemLabels={itemLabels}
        idPrefix={ID}
        today={scopeRules.today}
        maxDate={scopeRules.maxDate}
      />
    </AgencyForm>
  );
}
