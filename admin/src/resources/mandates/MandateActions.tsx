import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import BlockIcon from '@mui/icons-material/Block';
import { useMutation } from '@tanstack/react-query';
import {
  useDataProvider,
  useLocaleState,
  useLogoutIfAccessDenied,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { GoldcardDataProvider } from '../../dataProvider';
import { toApiError, type ApiError } from '../../graphql/errors';
import { formatCalendarDate } from '../payments/money';
import type { MandateRecord } from './listing';
import { holderOf, scopeOf } from './MandateParts';

type Decision = 'accept' | 'refuse' | 'revoke';

const DONE: Record<Decision, string> = {
  accept: 'goldcard.mandates.accepted',
  refuse: 'goldcard.mandates.refused',
  revoke: 'goldcard.mandates.revoked',
};

/** One decision, confirmed in a dialog that says what it does; a refusal needs its reason. */
function DecisionDialog({
  record,
  decision,
  onClose,
}: {
  record: MandateRecord;
  decision: Decision;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const mutation = useMutation({
    mutationFn: () =>
      decision === 'revoke'
        ? dataProvider.revokeMandate(record.id)
        : dataProvider.verifyMandate({
            id: record.id,
            approve: decision === 'accept',
            note: decision === 'refuse' ? reason.trim() : null,
          }),
    gcTime: 0,
    onSuccess: () => {
      notify(DONE[decision], { type: 'success' });
      onClose();
      refresh();
    },
    onError: async (failure) => {
      const apiError = toApiError(failure);
      if (await logoutIfAccessDenied(apiError)) return;
      setError(apiError);
    },
  });
  const params = {
    grantee: record.granteeName,
    holder: holderOf(record),
    scope: scopeOf(record, translate),
    from: formatCalendarDate(record.validFrom, locale),
    until: formatCalendarDate(record.validUntil, locale),
  };
  const titleId = `mandate-${decision}-title`;
  const confirm = () => {
    if (decision === 'refuse' && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    setError(undefined);
    mutation.mutate();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate(`goldcard.mandates.${decision}_title`)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText sx={{ overflowWrap: 'anywhere' }}>
            {translate(`goldcard.mandates.${decision}_body`, params)}
          </DialogContentText>
          {decision === 'refuse' && (
            <TextField
              label={translate('goldcard.mandates.refuse_reason')}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setMissingReason(false);
              }}
              required
              multiline
              minRows={2}
              fullWidth
              autoFocus
              error={missingReason}
              helperText={
                missingReason ? translate('goldcard.mandates.refuse_reason_required') : ' '
              }
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          )}
          {error && (
            <Alert severity="error" role="alert">
              {error.message}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} disabled={mutation.isPending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          onClick={confirm}
          variant="contained"
          color={decision === 'accept' ? 'success' : 'error'}
          disabled={mutation.isPending}
          autoFocus={decision !== 'refuse'}
        >
          {translate(`goldcard.mandates.${decision}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Accept or refuse a power of attorney waiting for verification; revoke an active mandate. */
export function MandateActions({ record }: { record: MandateRecord }) {
  const translate = useTranslate();
  const [decision, setDecision] = useState<Decision | undefined>();
  const pending = record.status === 'PENDING_VERIFICATION';
  if (!pending && record.status !== 'ACTIVE') return null;
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: 'wrap' }}
      role="group"
      aria-label={translate('goldcard.mandates.actions_for', { holder: holderOf(record) })}
    >
      {pending ? (
        <>
          <Button
            size="small"
            variant="contained"
            color="success"
            startIcon={<CheckIcon aria-hidden />}
            onClick={() => setDecision('accept')}
          >
            {translate('goldcard.mandates.accept')}
          </Button>
          <Button
            size="small"
            variant="outlined"
            color="error"
            startIcon={<CloseIcon aria-hidden />}
            onClick={() => setDecision('refuse')}
          >
            {translate('goldcard.mandates.refuse')}
          </Button>
        </>
      ) : (
        <Button
          size="small"
          variant="outlined"
          color="error"
          startIcon={<BlockIcon aria-hidden />}
          onClick={() => setDecision('revoke')}
        >
          {translate('goldcard.mandates.revoke')}
        </Button>
      )}
      {decision && (
        <DecisionDialog
          record={record}
          decision={decision}
          onClose={() => setDecision(undefined)}
        />
      )}
    </Stack>
  );
}
