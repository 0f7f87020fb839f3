import { Controller } from 'react-hook-form';
import {
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import type { SaveAmendmentDraftInput, Sex } from '../generated/graphql';
import { useMessages } from '../i18n/locale';
import { fieldMessages } from './fields.messages';
import { StepForm, type StepNav } from './StepForm';
import type { WizardAmendment } from './steps';
import { useStepForm } from './useStepForm';
import { WizardTextField } from './WizardTextField';

interface BasicValues {
  englishSurname: string;
  englishGivenName: string;
  chineseName: string;
  sex: Sex;
  email: string;
  mobile: string;
}

const FIELDS = [
  { name: 'englishSurname', id: 'englishSurname' },
  { name: 'englishGivenName', id: 'englishGivenName' },
  { name: 'chineseName', id: 'chineseName' },
  { name: 'sex', id: 'sex-group' },
  { name: 'email', id: 'email' },
  { name: 'mobile', id: 'mobile' },
] as const;

const API_FIELDS: Record<string, keyof BasicValues> = {
  name: 'englishSurname',
  'name.englishSurname': 'englishSurname',
  'name.englishGivenName': 'englishGivenName',
  'name.chineseName': 'chineseName',
  sex: 'sex',
  email: 'email',
  mobile: 'mobile',
};

/** The basic data tab: names, sex, email, mobile — only the fields of the selected items. */
export function BasicStep({ amendment, nav }: { amendment: WizardAmendment; nav: StepNav }) {
  const t = useMessages(fieldMessages);
  const { current, requested, items } = amendment;
  const has = {
    name: items.includes('NAME'),
    sex: items.includes('SEX'),
    email: items.includes('EMAIL'),
    mobile: items.includes('MOBILE'),
  };
  const toInput = (v: BasicValues): SaveAmendmentDraftInput => ({
    ...(has.name
      ? {
          name: {
            englishSurname: v.englishSurname,
            englishGivenName: v.englishGivenName,
            chineseName: v.chineseName,
          },
        }
      : {}),
    ...(has.sex ? { sex: v.sex } : {}),
    ...(has.email ? { email: v.email } : {}),
    ...(has.mobile ? { mobile: v.mobile } : {}),
  });
  const { form, autosave, problems } = useStepForm<BasicValues>({
    amendment,
    step: 'basic',
    defaults: {
      englishSurname: requested.englishSurname,
      englishGivenName: requested.englishGivenName,
      chineseName: requested.chineseName ?? '',
      sex: requested.sex,
      email: requested.email,
      mobile: requested.mobile ?? '',
    },
    fields: FIELDS,
    toInput,
    fieldOf: (path) => API_FIELDS[path],
  });
  const { control } = form;
  const sexLabel = (sex: Sex) => (sex === 'MALE' ? t('male') : t('female'));
  const sexError = form.formState.errors.sex?.message;

  return (
    <StepForm amendment={amendment} nav={nav} autosave={autosave} problems={problems}>
      <Typography>{t('basicIntro')}</Typography>
      {has.name && (
        <>
          <WizardTextField
            control={control}
            name="englishSurname"
            id="englishSurname"
            label={t('englishSurname')}
            hint={t('englishHint')}
            current={current.englishSurname}
            autoComplete="family-name"
            slotProps={{ htmlInput: { autoCapitalize: 'characters', maxLength: 60 } }}
          />
          <WizardTextField
            control={control}
            name="englishGivenName"
            id="englishGivenName"
            label={t('englishGivenName')}
            hint={t('englishHint')}
            current={current.englishGivenName}
            autoComplete="given-name"
            slotProps={{ htmlInput: { autoCapitalize: 'characters', maxLength: 80 } }}
          />
          <WizardTextField
            control={control}
            name="chineseName"
            id="chineseName"
            label={t('chineseName')}
            hint={t('chineseHint')}
            current={current.chineseName ?? ''}
            slotProps={{ htmlInput: { maxLength: 30 } }}
          />
        </>
      )}
      {has.sex && (
        <FormControl component="fieldset" error={Boolean(sexError)} id="sex-group">
          <FormLabel component="legend" sx={{ color: 'text.primary', fontWeight: 600 }}>
            {t('sex')}
          </FormLabel>
          {sexError && <FormHelperText sx={{ mx: 0, fontWeight: 600 }}>{sexError}</FormHelperText>}
          <Controller
            control={control}
            name="sex"
            render={({ field }) => (
              <RadioGroup {...field} row aria-describedby="sex-current">
                <FormControlLabel value="MALE" control={<Radio />} label={t('male')} />
                <FormControlLabel value="FEMALE" control={<Radio />} label={t('female')} />
              </RadioGroup>
            )}
          />
          <FormHelperText id="sex-current" sx={{ mx: 0 }}>
            {t('sexCurrent', { value: sexLabel(current.sex) })}
          </FormHelperText>
        </FormControl>
      )}
      {has.email && (
        <WizardTextField
          control={control}
          name="email"
          id="email"
          type="email"
          label={t('email')}
          hint={t('emailHint')}
          current={current.email}
          autoComplete="email"
          slotProps={{ htmlInput: { maxLength: 254, spellCheck: false } }}
        />
      )}
      {has.mobile && (
        <WizardTextField
          control={control}
          name="mobile"
          id="mobile"
          type="tel"
          label={t('mobile')}
          hint={t('mobileHint')}
          current={current.mobile ?? ''}
          autoComplete="tel-national"
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
        />
      )}
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('basicOthers')}
      </Typography>
    </StepForm>
  );
}
