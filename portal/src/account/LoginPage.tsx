import { useMemo, useRef } from 'react';
import { useMutation } from '@apollo/client';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { z } from 'zod';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormTextField } from '../components/FormTextField';
import { Page } from '../components/Page';
import { useServerSubmit } from '../components/useServerSubmit';
import type { Role } from '../generated/graphql';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { isStaff } from '../layout/navigation';
import { useSession } from '../session/SessionProvider';
import { AccountLoginMutation } from './account.graphql';
import { CaptchaField, useCaptcha } from './components/Captcha';
import { PasswordField } from './components/PasswordField';
import { SubmitButton } from './components/SubmitButton';
import { summaryItems } from './components/summaryItems';
import { requiredText, useRequiredText } from './components/validation';
import { LoginHelp } from './LoginHelp';
import { LoginProblem } from './LoginProblem';
import { loginMessages } from './login.messages';
import { useAccountPolicy } from './policy';
import { safeNextPath } from './safeNext';
import { accountShared } from './shared.messages';

interface LoginValues {
  account: string;
  password: string;
  captchaAnswer: string;
}

const FIELDS = ['account', 'password', 'captchaAnswer'] as const;
/** Codes after which the password typed was checked and wrong: it is cleared. */
const PASSWORD_REFUSED = new Set(['INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);

/**
 * Account, password and captcha. Afterwards: where `next` says (a path on this site only), else
 * the person's cases; staff go to the front page, which points them to the officer console.
 * A restricted session (password expired) goes to the password change first.
 */
export default function LoginPage() {
  const t = useMessages(loginMessages);
  const shared = useMessages(accountShared);
  const words = useMessages(common);
  const required = useRequiredText();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { status, session, signedIn, logout } = useSession();
  const captcha = useCaptcha();
  const [login] = useMutation(AccountLoginMutation);
  // Asked now, so that a refusal can state the lockout threshold at once (LoginProblem).
  useAccountPolicy();
  const finishing = useRef(false);
  const next = safeNextPath(params.get('next'));
  const expired = params.get('reason') === 'expired';

  const schema = useMemo(
    () =>
      z.object({
        account: requiredText(required(shared('accountName'))),
        password: z.string().min(1, required(shared('password'))),
        captchaAnswer: requiredText(required(shared('captcha'))),
      }),
    [required, shared],
  );
  const form = useForm<LoginValues>({
    resolver: zodResolver(schema),
    defaultValues: { account: '', password: '', captchaAnswer: '' },
    shouldFocusError: false,
  });
  const {
    control,
    setError,
    setValue,
    formState: { errors, isSubmitting, submitCount },
  } = form;

  const destination = (role: Role) => (isStaff(role) ? '/' : (next ?? '/amendments'));

  const { submit, failure: problem } = useServerSubmit(
    form,
    FIELDS,
    async (values) => {
      if (!captcha.id) {
        setError('captchaAnswer', { type: 'captcha', message: shared('captchaNotReady') });
        return;
      }
      const { data } = await login({
        variables: {
          input: {
            account: values.account.trim(),
            password: values.password,
            captchaId: captcha.id,
            captchaAnswer: values.captchaAnswer.trim(),
            cookie: true,
          },
        },
      });
      if (!data) throw new Error('empty answer');
      finishing.current = true;
      signedIn(data.login);
      const target = destination(data.login.account.role);
      await navigate(
        data.login.restricted
          ? `/account/change-password?${new URLSearchParams({ next: target }).toString()}`
          : target,
        { replace: true },
      );
    },
    {
      onError: (error) => {
        if (PASSWORD_REFUSED.has(error.code)) setValue('password', '');
        // Each captcha answers once: the next attempt needs a new image.
        setValue('captchaAnswer', '');
        void captcha.reload();
        return error;
      },
    },
  );

  if (status === 'active' && session && !session.restricted && !finishing.current) {
    return (
      <Page title={t('alreadyTitle')} maxWidth={640}>
        <Typography sx={{ mb: 2, overflowWrap: 'anywhere' }}>
          {t('alreadyBody', {
            name: session.account.displayName,
            account: session.account.accountName,
          })}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <Button variant="contained" component={RouterLink} to={destination(session.account.role)}>
            {t('continue')}
          </Button>
          <Button variant="outlined" onClick={() => void logout()}>
            {t('logoutOther')}
          </Button>
        </Stack>
      </Page>
    );
  }

  const items = summaryItems(
    errors,
    [
      { name: 'account', id: 'login-account', label: shared('accountName') },
      { name: 'password', id: 'login-password', label: shared('password') },
      { name: 'captchaAnswer', id: 'login-captcha', label: shared('captcha') },
    ],
    shared,
  );

  return (
    <Page title={t('title')} intro={t('intro')} maxWidth={640}>
      {expired && (
        <Alert severity="info" sx={{ mb: 3 }} data-testid="expired-notice">
          <AlertTitle>{words('expiredTitle')}</AlertTitle>
          {words('expiredBody')}
        </Alert>
      )}
      <ErrorSummary
        problems={items}
        focusKey={submitCount}
        title={problem ? t('problemTitle') : undefined}
      >
        {problem && <LoginProblem error={problem} />}
      </ErrorSummary>
      <Box component="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormTextField
          control={control}
          name="account"
          id="login-account"
          label={shared('accountName')}
          helperText={t('accountHint')}
          autoComplete="username"
          margin="normal"
          required
          slotProps={{ htmlInput: { autoCapitalize: 'none', spellCheck: false } }}
        />
        <PasswordField
          control={control}
          name="password"
          id="login-password"
          label={shared('password')}
          autoComplete="current-password"
        />
        <CaptchaField
          control={control}
          name="captchaAnswer"
          id="login-captcha"
          state={captcha.state}
          onReload={() => {
            setValue('captchaAnswer', '');
            void captcha.reload();
          }}
        />
        <SubmitButton label={t('submit')} busy={isSubmitting} fullWidth />
      </Box>
      <LoginHelp />
    </Page>
  );
}
