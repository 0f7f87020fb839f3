import { Alert, Button } from '@mui/material';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { toApiError } from '../graphql/errors';

/**
 * A failure in words: the API's localised message (never a stack), or ours for the network.
 * Announced to screen readers (role="alert").
 */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useMessages(common);
  if (!error) return null;
  const apiError = toApiError(error);
  const message = apiError.code === 'NETWORK_ERROR' ? t('networkError') : apiError.message;
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ mb: 2 }}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}
