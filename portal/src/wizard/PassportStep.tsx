import { useMemo } from 'react';
import { useQuery } from '@apollo/client';
import { Box, Typography } from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { fieldMessages } from './fields.messages';
import { StepForm, type StepNav } from './StepForm';
import type { WizardAmendment } from './steps';
import { useStepForm } from './useStepForm';
import { WizardCountriesQuery } from './wizard.graphql';
import { WizardTextField } from './WizardTextField';

interface PassportValues {
  number: string;
  issuingCountry: string;
  issueDate: string;
  expiryDate: string;
}

const FIELDS = [
  { name: 'number', id: 'passport-number' },
  { name: 'issuingCountry', id: 'passport-country' },
  { name: 'issueDate', id: 'passport-issue' },
  { name: 'expiryDate', id: 'passport-expiry' },
] as const;

const API_FIELDS: Record<string, keyof PassportValues> = {
  passport: 'number',
  'passport.number': 'number',
  'passport.issuingCountry': 'issuingCountry',
  'passport.issueDate': 'issueDate',
  'passport.expiryDate': 'expiryDate',
};

/** The passport tab: the new passport's number, issuing country and dates. */
export function PassportStep({ amendment, nav }: { amendment: WizardAmendment; nav: StepNav }) {
  const t = useMessages(fieldMessages);
  const { locale } = useLocale();
  const countries = useQuery(WizardCountriesQuery);
  const sorted = useMemo(
    () =>
      [...(countries.data?.countries ?? [])].sort((a, b) =>
        a.name.localeCompare(b.name, locale === 'en' ? 'en' : 'zh-Hant-TW'),
      ),
    [countries.data, locale],
  );
  const { passport } = amendment.requested;
  const current = amendment.current.passport;
  const { form, autosave, problems } = useStepForm<PassportValues>({
    amendment,
    step: 'passport',
    defaults: {
      number: passport.number,
      issuingCountry: passport.issuingCountry.code,
      issueDate: passport.issueDate,
      expiryDate: passport.expiryDate,
    },
    fields: FIELDS,
    toInput: (v) => ({ passport: { ...v } }),
    complete: (v) => Object.values(v).every((value) => value !== ''),
    fieldOf: (path) => API_FIELDS[path],
  });
  const { control } = form;
  const today = new Date().toISOString().slice(0, 10);

  return (
    <StepForm amendment={amendment} nav={nav} autosave={autosave} problems={problems}>
      <Typography>{t('passportIntro')}</Typography>
      <ErrorAlert error={countries.error} onRetry={() => void countries.refetch()} />
      <WizardTextField
        control={control}
        name="number"
        id="passport-number"
        label={t('passportNumber')}
        hint={t('passportNumberHint')}
        current={current.number}
        autoComplete="off"
        slotProps={{
          htmlInput: { maxLength: 20, autoCapitalize: 'characters', spellCheck: false },
        }}
      />
      <WizardTextField
        control={control}
        name="issuingCountry"
        id="passport-country"
        select
        label={t('issuingCountry')}
        current={current.issuingCountry.name}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      >
        <option value="">{t('chooseCountry')}</option>
        {sorted.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </WizardTextField>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <WizardTextField
          control={control}
          name="issueDate"
          id="passport-issue"
          type="date"
          label={t('issueDate')}
          current={formatDate(current.issueDate, locale)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        />
        <WizardTextField
          control={control}
          name="expiryDate"
          id="passport-expiry"
          type="date"
          label={t('expiryDate')}
          hint={t('expiryHint')}
          current={formatDate(current.expiryDate, locale)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }}
        />
      </Box>
    </StepForm>
  );
}
