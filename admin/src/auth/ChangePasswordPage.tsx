import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, type FieldProblem } from '../graphql/errors';
import { ops } from '../graphql/operations';
import { request } from '../graphql/request';
import { loadSession } from './session';

/**
 * A restricted session (expired or temporary password) may only change the password. Afterwards
 * the session is unrestricted and the console opens.
 */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: FieldProblem[] } | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== again) {
      setError({ message: translate('goldcard.auth.passwords_differ'), fields: [] });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await request(ops.changePassword, { currentPassword: current, newPassword: next });
      await loadSession({ maxAgeMs: 0 });
      notify('goldcard.auth.password_changed', { type: 'success' });
      await queryClient.invalidateQueries();
    } catch (failure) {
      const apiError = failure instanceof ApiError ? failure : undefined;
      const message = failure instanceof Error ? failure.message : String(failure);
      setError({ message: translate(message, { _: message }), fields: apiError?.fields ?? [] });
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name: string) => error?.fields.find((f) => f.field === name)?.message;

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 480 }}>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('goldcard.auth.restricted_title')}
          </Typography>
          <Typography gutterBottom>{translate('goldcard.auth.restricted_body')}</Typography>
          {error && (
            <Alert severity="error" role="alert" sx={{ my: 2 }}>
              {error.message}
            </Alert>
          )}
          <Box component="form" onSubmit={(e) => void submit(e)} noValidate>
            <TextField
              id="current-password"
              label={translate('goldcard.auth.current_password')}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              required
              fullWidth
              margin="normal"
              error={Boolean(fieldError('currentPassword'))}
              helperText={fieldError('currentPassword')}
            />
            <TextField
              id="new-password"
              label={translate('goldcard.auth.new_password')}
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
              required
              fullWidth
              margin="normal"
              error={Boolean(fieldError('newPassword'))}
              helperText={fieldError('newPassword') ?? translate('goldcard.auth.password_hint')}
            />
            <TextField
              id="new-password-again"
              label={translate('goldcard.auth.confirm_password')}
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
              required
              fullWidth
              margin="normal"
            />
            <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
              <Button type="submit" variant="contained" disabled={busy}>
                {translate('goldcard.auth.change_password')}
              </Button>
              <Button type="button" onClick={() => void logout()}>
                {translate('goldcard.auth.logout')}
              </Button>
            </Box>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
