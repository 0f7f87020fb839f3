import { useCallback, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client';
import { Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { FormTextField } from '../../components/FormTextField';
import type { AccountCaptchaQuery as CaptchaData } from '../../generated/graphql';
import { useMessages } from '../../i18n/locale';
import { AccountCaptchaQuery } from '../account.graphql';
import { accountShared } from '../shared.messages';

export type CaptchaState =
  | { status: 'loading' }
  | { status: 'ready'; captcha: CaptchaData['captcha'] }
  | { status: 'failed' };

/**
 * A captcha for one attempt. Each is single use and expires, so the form asks for a new one
 * after every failed attempt and whenever the person cannot read it.
 */
export function useCaptcha() {
  const client = useApolloClient();
  const [state, setState] = useState<CaptchaState>({ status: 'loading' });
  const latest = useRef(0);
  const reload = useCallback(async () => {
    // Only the newest request counts: an earlier answer arriving late must not replace it.
    const request = ++latest.current;
    setState({ status: 'loading' });
    try {
      const { data } = await client.query({ query: AccountCaptchaQuery, fetchPolicy: 'no-cache' });
      if (request === latest.current) setState({ status: 'ready', captcha: data.captcha });
    } catch {
      if (request === latest.current) setState({ status: 'failed' });
    }
  }, [client]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const id = state.status === 'ready' ? state.captcha.id : undefined;
  return { state, id, reload };
}

/** The image, a "new image" button and the answer field (tied to the form). */
export function CaptchaField<T extends FieldValues>({
  control,
  name,
  id,
  state,
  onReload,
}: {
  control: Control<T>;
  name: FieldPath<T>;
  id: string;
  state: CaptchaState;
  onReload: () => void;
}) {
  const t = useMessages(accountShared);
  return (
    <Box sx={{ mt: 2 }}>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ alignItems: 'center', flexWrap: 'wrap', minHeight: 64 }}
      >
        {state.status === 'ready' && (
          <Box
            component="img"
            src={state.captcha.image}
            alt={t('captchaAlt')}
            data-testid="captcha-image"
            sx={{
              height: 64,
              maxWidth: '100%',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              bgcolor: 'common.white',
            }}
          />
        )}
        {state.status === 'loading' && (
          <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
            <CircularProgress size={20} aria-hidden />
            <span>{t('captchaLoading')}</span>
          </Stack>
        )}
        {state.status === 'failed' && (
          <Typography color="error" role="alert">
            {t('captchaFailed')}
          </Typography>
        )}
        <Button
          type="button"
          variant="outlined"
          startIcon={<RefreshIcon aria-hidden />}
          onClick={onReload}
        >
          {t('captchaNew')}
        </Button>
      </Stack>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
        {t('captchaHelp')}
      </Typography>
      <FormTextField
        control={control}
        name={name}
        id={id}
        label={t('captcha')}
        helperText={t('captchaHint')}
        autoComplete="off"
        margin="normal"
        required
        slotProps={{
          htmlInput: { autoCapitalize: 'characters', spellCheck: false, autoCorrect: 'off' },
        }}
      />
    </Box>
  );
}
