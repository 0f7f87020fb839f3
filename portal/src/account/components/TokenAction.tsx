import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Box, Button, Typography } from '@mui/material';
import { Page } from '../../components/Page';
import { toApiError, type ApiError } from '../../graphql/errors';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/locale';
import { tokenMessages } from '../tokens.messages';
import { accountShared } from '../shared.messages';

type State =
  { step: 'ready' } | { step: 'done'; result: ReactNode } | { step: 'failed'; error: ApiError };

/**
 * A page behind an emailed link that spends its token only when the button is pressed: opening
 * the link (as mail scanners do) changes nothing.
 */
export function TokenAction({
  title,
  intro,
  buttonLabel,
  doneTitle,
  run,
  invalidText,
  help,
}: {
  title: string;
  intro: string;
  buttonLabel: string;
  doneTitle: string;
  /** Calls the mutation; what it resolves to is shown as the result. */
  run: (token: string) => Promise<ReactNode>;
  /** Why a refused link (TOKEN_INVALID) does not work. */
  invalidText: string;
  /** The ways on (links) when the link is refused or incomplete. */
  help: ReactNode;
}) {
  const t = useMessages(tokenMessages);
  const shared = useMessages(accountShared);
  const words = useMessages(common);
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>({ step: 'ready' });
  const [busy, setBusy] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.step !== 'ready') outcome.current?.focus();
  }, [state.step]);

  const confirm = async () => {
    setBusy(true);
    try {
      setState({ step: 'done', result: await run(token) });
    } catch (failure) {
      setState({ step: 'failed', error: toApiError(failure) });
    } finally {
      setBusy(false);
    }
  };

  const outcomeBox = {
    p: 2,
    mb: 3,
    '&:focus-visible': { outline: '3px solid #c25100', outlineOffset: 2 },
  };
  return (
    <Page title={title} maxWidth={640}>
      {!token ? (
        <Box role="alert">
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('missingToken')}
          </Alert>
          {help}
        </Box>
      ) : state.step === 'done' ? (
        <Box
          ref={outcome}
          tabIndex={-1}
          role="status"
          data-testid="token-done"
          sx={{
            ...outcomeBox,
            borderLeft: 6,
            borderColor: 'success.main',
            bgcolor: 'background.paper',
          }}
        >
          <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
            {doneTitle}
          </Typography>
          {state.result}
        </Box>
      ) : state.step === 'failed' && state.error.code === 'TOKEN_INVALID' ? (
        <Box
          ref={outcome}
          tabIndex={-1}
          role="alert"
          data-testid="token-invalid"
          sx={{
            ...outcomeBox,
            borderLeft: 6,
            borderColor: 'error.main',
            bgcolor: 'background.paper',
          }}
        >
          <Typography sx={{ mb: 1 }}>{invalidText}</Typography>
          {help}
        </Box>
      ) : (
        <>
          <Typography sx={{ mb: 3 }}>{intro}</Typography>
          {state.step === 'failed' && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {state.error.code === 'NETWORK_ERROR' ? words('networkError') : state.error.message}
            </Alert>
          )}
          <Button
            variant="contained"
            size="large"
            onClick={() => void confirm()}
            disabled={busy}
            sx={{ width: { xs: '100%', sm: 'auto' } }}
          >
            {busy ? shared('sending') : buttonLabel}
          </Button>
        </>
      )}
    </Page>
  );
}
