import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { Box, Typography } from '@mui/material';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormTextField } from '../components/FormTextField';
import { useServerSubmit } from '../components/useServerSubmit';
import type { Role } from '../generated/graphql';
import { useLocale, useMessages } from '../i18n/locale';
import { AccountRegisterMutation } from './account.graphql';
import { CaptchaField, useCaptcha } from './components/Captcha';
import { PasswordField } from './components/PasswordField';
import { PasswordRules } from './components/PasswordRules';
import { ProblemText } from './components/ProblemText';
import { RadioChoice } from './components/RadioChoice';
import { SubmitButton } from './components/SubmitButton';
import { summaryItems } from './components/summaryItems';
import { useAccountPolicy } from './policy';
import { ORGANISATION_ROLES, useRegisterResolver, type RegisterValues } from './registerForm';
import { registerMessages } from './register.messages';
import { accountShared } from './shared.messages';

const SERVER_FIELDS = [
  'role',
  'organisationName',
  'account',
  'displayName',
  'email',
  'locale',
  'password',
  'captchaAnswer',
] as const;

function SectionTitle({ children }: { children: string }) {
  return (
    <Typography component="h2" variant="h6" sx={{ mt: 3 }}>
      {children}
    </Typography>
  );
}

/** Who, the account, the password and the captcha; calls `onRegistered` with the address. */
export function RegisterForm({ onRegistered }: { onRegistered: (email: string) => void }) {
  const t = useMessages(registerMessages);
  const shared = useMessages(accountShared);
  const policy = useAccountPolicy();
  const { locale } = useLocale();
  const captcha = useCaptcha();
  const [register] = useMutation(AccountRegisterMutation);
  const form = useForm<RegisterValues>({
    resolver: useRegisterResolver(),
    defaultValues: {
      role: '',
      organisationName: '',
      account: '',
      displayName: '',
      email: '',
      locale,
      password: '',
      confirmPassword: '',
      captchaAnswer: '',
    },
    shouldFocusError: false,
  });
  const {
    control,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting, submitCount },
  } = form;
  const needsOrganisation = ORGANISATION_ROLES.has(watch('role'));

  const { submit, failure } = useServerSubmit(
    form,
    SERVER_FIELDS,
    async (values) => {
      if (!captcha.id) {
        setError('captchaAnswer', { type: 'captcha', message: shared('captchaNotReady') });
        return;
      }
      await register({
        variables: {
          input: {
            role: values.role as Role,
            organisationName: needsOrganisation ? values.organisationName.trim() : null,
            account: values.account.trim(),
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            locale: values.locale,
            password: values.password,
            captchaId: captcha.id,
            captchaAnswer: values.captchaAnswer.trim(),
          },
        },
      });
      onRegistered(values.email.trim());
    },
    {
      onError: (error) => {
        // Each captcha answers once: the next attempt needs a new image.
        setValue('captchaAnswer', '');
        void captcha.reload();
        if (error.code !== 'CAPTCHA_INVALID') return error;
        setError('captchaAnswer', { type: 'server', message: error.message });
        return undefined;
      },
    },
  );

  const items = summaryItems(
    errors,
    [
      { name: 'role', id: 'register-role', label: t('roleTitle') },
      { name: 'organisationName', id: 'register-organisation', label: t('organisationName') },
      { name: 'account', id: 'register-account', label: t('accountName') },
      { name: 'displayName', id: 'register-display-name', label: t('displayName') },
      { name: 'email', id: 'register-email', label: shared('email') },
      { name: 'password', id: 'register-password', label: shared('password') },
      { name: 'confirmPassword', id: 'register-confirm', label: shared('confirmPassword') },
      { name: 'captchaAnswer', id: 'register-captcha', label: shared('captcha') },
    ],
    shared,
  );

  return (
    <>
      <ErrorSummary problems={items} focusKey={submitCount}>
        {failure && <ProblemText error={failure} />}
      </ErrorSummary>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <RadioChoice
          control={control}
          name="role"
          id="register-role"
          legend={t('roleTitle')}
          required
          options={[
            { value: 'APPLICANT', label: t('roleApplicant'), hint: t('roleApplicantHint') },
            { value: 'EMPLOYER', label: t('roleEmployer'), hint: t('roleEmployerHint') },
            { value: 'AGENCY', label: t('roleAgency'), hint: t('roleAgencyHint') },
          ]}
        />
        {needsOrganisation && (
          <FormTextField
            control={control}
            name="organisationName"
            id="register-organisation"
            label={t('organisationName')}
            helperText={t('organisationHint')}
            autoComplete="organization"
            margin="normal"
            required
          />
        )}
        <SectionTitle>{t('accountTitle')}</SectionTitle>
        <FormTextField
          control={control}
          name="account"
          id="register-account"
          label={t('accountName')}
          helperText={t('accountHint')}
          autoComplete="username"
          margin="normal"
          required
          slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false, maxLength: 64 } }}
        />
        <FormTextField
          control={control}
          name="displayName"
          id="register-display-name"
          label={t('displayName')}
          helperText={t('displayNameHint')}
          autoComplete="name"
          margin="normal"
          required
        />
        <FormTextField
          control={control}
          name="email"
          id="register-email"
          label={shared('email')}
          helperText={t('emailHint')}
          type="email"
          autoComplete="email"
          margin="normal"
          required
          slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
        />
        <RadioChoice
          control={control}
          name="locale"
          id="register-locale"
          legend={t('localeTitle')}
          options={[
            { value: 'zh-TW', label: t('localeZh') },
            { value: 'en', label: t('localeEn') },
          ]}
        />
        <SectionTitle>{t('passwordTitle')}</SectionTitle>
        <PasswordRules id="register-password-rules" headingLevel="h3" />
        <PasswordField
          control={control}
          name="password"
          id="register-password"
          label={shared('password')}
          helperText={policy && shared('passwordHint', { min: policy.passwordMinLength })}
          autoComplete="new-password"
        />
        <PasswordField
          control={control}
          name="confirmPassword"
          id="register-confirm"
          label={shared('confirmPassword')}
          autoComplete="new-password"
        />
        <SectionTitle>{t('captchaTitle')}</SectionTitle>
        <CaptchaField
          control={control}
          name="captchaAnswer"
          id="register-captcha"
          state={captcha.state}
          onReload={() => {
            setValue('captchaAnswer', '');
            void captcha.reload();
          }}
        />
        <SubmitButton label={t('submit')} busy={isSubmitting} mt={3} />
      </Box>
    </>
  );
}
