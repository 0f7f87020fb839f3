import { Typography } from '@mui/material';
import type { ApiError } from '../../graphql/errors';
import { common } from '../../i18n/common';
import { useMessages } from '../../i18n/locale';
import { accountShared } from '../shared.messages';
import { waitText } from './rateLimit';

/**
 * A refusal no field explains, in words: how long to wait after too many attempts, ours when the
 * API could not be reached, else the API's own (localised) message.
 */
export function ProblemText({ error }: { error: ApiError }) {
  const shared = useMessages(accountShared);
  const words = useMessages(common);
  if (error.code === 'RATE_LIMITED') {
    return <Typography>{shared('rateLimited', { wait: waitText(error, shared) })}</Typography>;
  }
  return (
    <Typography>
      {error.code === 'NETWORK_ERROR' ? words('networkError') : error.message}
    </Typography>
  );
}
