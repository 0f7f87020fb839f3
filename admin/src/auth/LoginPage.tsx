import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useLogin, useTranslate } from 'react-admin';
import type { LoginParams } from '../authProvider';
import { ApiError, type FieldProblem } from '../graphql/errors';
import { ops } from '../graphql/operations';
import { request } from '../graphql/request';
import type { CaptchaQuery } from '../generated/graphql';
import { LanguageSwitcher } from '../layout/LanguageSwitcher';

type Captcha = CaptchaQuery['captcha'];
type CaptchaState =
  { status: 'loading' } | { status: 'ready'; captcha: Captcha } | { status: 'failed' };

/** Account, password and the image captcha (single use: a new one after every attempt). */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [captcha, setCaptcha] = useState<CaptchaState>({ status: 'loading' });
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: FieldProblem[] } | undefined>();
  const alertRef = useRef<HTMLDivElement>(null);

  const loadCaptcha = useCallback(async () => {
    setCaptcha({ status: 'loading' });
    try {
      const data = await request(ops.captcha, {});
      setCaptcha({ status: 'ready', captcha: data.captcha });
    } catch {
      setCaptcha({ status: 'failed' });
    }
  }, []);

  useEffect(() => {
    void loadCaptcha();
  }, [loadCaptcha]);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (captcha.status !== 'ready') return;
    setBusy(true);
    setError(undefined);
    const params: LoginParams = {
      account,
      password,
      captchaId: captcha.captcha.id,
      captchaAnswer: answer,
    };
    try {
      await login(params);
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      setError({
        message: translate(message, { _: message }),
        fields: failure instanceof ApiError ? failure.fields : [],
      });
      setAnswer('');
      void loadCaptcha();
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name: string) => error?.fields.find((f) => f.field === name)?.message;

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: 'grey.100',
        p: 2,
      }}
    >
      <Card sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent>
          <Stack sx={{ justifyContent: 'flex-end' }} direction="row">
            <LanguageSwitcher color="primary" />
          </Stack>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('goldcard.auth.title')}
          </Typography>
          <Typography color="text.secondary" gutterBottom>
            {translate('goldcard.auth.subtitle')}
          </Typography>
          {error && (
            <Alert severity="error" role="alert" ref={alertRef} tabIndex={-1} sx={{ my: 2 }}>
              {error.message}
            </Alert>
          )}
          <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
            <TextField
              id="login-account"
              label={translate('goldcard.auth.account')}
              value={account}
              onChange={(e) => setAccount(e.target.value)}
              autoComplete="username"
              autoFocus
              required
              fullWidth
              margin="normal"
              error={Boolean(fieldError('account'))}
              helperText={fieldError('account')}
            />
            <TextField
              id="login-password"
              label={translate('goldcard.auth.password')}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
              fullWidth
              margin="normal"
              error={Boolean(fieldError('password'))}
              helperText={fieldError('password')}
            />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 2, minHeight: 64 }}>
              {captcha.status === 'ready' && (
                <Box
                  component="img"
                  src={captcha.captcha.image}
                  alt={translate('goldcard.auth.captcha_alt')}
                  data-testid="captcha-image"
                  sx={{
                    height: 56,
                    border: 1,
                    borderColor: 'divider',
                    borderRadius: 1,
                    bgcolor: 'common.white',
                  }}
                />
              )}
              {captcha.status === 'loading' && (
                <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1} role="status">
                  <CircularProgress size={20} aria-hidden />
                  <span>{translate('goldcard.auth.captcha_loading')}</span>
                </Stack>
              )}
              {captcha.status === 'failed' && (
                <Typography color="error" role="alert">
                  {translate('goldcard.auth.captcha_failed')}
                </Typography>
              )}
              <Button
                type="button"
                startIcon={<RefreshIcon aria-hidden />}
                onClick={() => void loadCaptcha()}
                disabled={captcha.status === 'loading'}
              >
                {translate('goldcard.auth.captcha_new')}
              </Button>
            </Stack>
            <TextField
              id="login-captcha"
              label={translate('goldcard.auth.captcha')}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
              autoComplete="off"
              required
              fullWidth
              margin="normal"
              slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
              error={Boolean(fieldError('captchaAnswer'))}
              helperText={fieldError('captchaAnswer')}
            />
            <Button
              type="submit"
              variant="contained"
              fullWidth
              size="large"
              sx={{ mt: 2 }}
              disabled={busy || captcha.status !== 'ready'}
            >
              {busy ? translate('goldcard.auth.signing_in') : translate('goldcard.auth.sign_in')}
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
