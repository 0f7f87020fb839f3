import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { Box, Button, Typography } from '@mui/material';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormTextField } from '../components/FormTextField';
import { applyServerErrors } from '../components/serverErrors';
import type { Role } from '../generated/graphql';
import { toApiError, type ApiError } from '../graphql/errors';
import { common } from '../i18n/common';
import { useLocale, useMessages } from '../i18n/locale';
import { AccountRegisterMutation } from './account.graphql';
import { CaptchaField, useCaptcha } from './components/Captcha';
import { PasswordField } from './components/PasswordField';
import { PasswordRules } from './components/PasswordRules';
import { RadioChoice } from './components/RadioChoice';
import { waitText } from './components/rateLimit';
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
  const words = useMessages(common);
  const { locale } = useLocale();
  const captcha = useCaptcha();
  const [register] = useMutation(AccountRegisterMutation);
  const [problem, setProblem] = useState<ApiError>();
  const {
    control,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting, submitCount },
  } = useForm<RegisterValues>({
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
  const needsOrganisation = ORGANISATION_ROLES.has(watch('role'));

  const onSubmit = async (values: RegisterValues) => {
    if (!captcha.id) {
      setError('captchaAnswer', { type: 'captcha', message: shared('captchaNotReady') });
      return;
    }
    setProblem(undefined);
    try {
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
    } catch (failure) {
      const error = toApiError(failure);
      const unplaced = applyServerErrors(error, setError, SERVER_FIELDS);
      if (error.code === 'CAPTCHA_INVALID') {
        setError('captchaAnswer', { type: 'server', message: error.message });
      } else if (error.code !== 'BAD_USER_INPUT' || unplaced.length > 0) {
        setProblem(error);
      }
      setValue('captchaAnswer', '');
      void captcha.reload();
    }
  };

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
  const problemText =
    problem?.code === 'RATE_LIMITED'
      ? shared('rateLimited', { wait: waitText(problem, shared) })
      : problem?.code === 'NETWORK_ERROR'
        ? words('networkError')
        : problem?.message;

  return (
    <>
      <ErrorSummary problems={items} focusKey={submitCount}>
        {problemText && <Typography>{problemText}</Typography>}
      </ErrorSummary>
      <Box component="form" noValidate onSubmit={(event) => void handleSubmit(onSubmit)(event)}>
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
        <Button
          type="submit"
          variant="contained"
          size="large"
          sx={{ mt: 3, width: { xs: '100%', sm: 'auto' } }}
          disabled={isSubmitting}
        >
          {isSubmitting ? shared('sending') : t('submit')}
        </Button>
      </Box>
    </>
  );
}
