import { Alert, AlertTitle, Button, TextField, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AmendmentDetailFragment } from '../../generated/graphql';
import { formatDateTime } from '../../format';
import type { Conflict } from './useAmendmentAction';

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Someone changed the case between reading and deciding (the API answered CONFLICT): the page has
 * reloaded it; this says who changed it, when and to what. The API's `params` say so when it
 * sends them (`changedBy`, `changedAt`, `status`); otherwise the reloaded case's latest event
 * does. Any text the officer typed is shown to copy (it is also kept for the dialog).
 */
export function ConflictNotice(props: {
  conflict: Conflict;
  record: AmendmentDetailFragment;
  onDismiss: () => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { params, unsent } = props.conflict;
  const latest = props.record.events.at(-1);
  const status = text(params.status) ?? props.record.status;
  const at = text(params.changedAt) ?? latest?.at;
  const name =
    text(params.changedBy) ??
    (latest?.actorRole ? translate(`goldcard.role.${latest.actorRole}`) : undefined);
  const values = {
    name,
    status: translate(`goldcard.status.${status}`, { _: status }),
    at: formatDateTime(at, locale),
  };
  return (
    <Alert
      severity="warning"
      role="alert"
      data-testid="conflict-notice"
      action={
        <Button color="inherit" size="small" onClick={props.onDismiss}>
          {translate('goldcard.review.conflict.dismiss')}
        </Button>
      }
    >
      <AlertTitle>{translate('goldcard.review.conflict.title')}</AlertTitle>
      <Typography variant="body2" data-testid="conflict-changed-by">
        {translate(
          name ? 'goldcard.review.conflict.by' : 'goldcard.review.conflict.by_unknown',
          values,
        )}
      </Typography>
      <Typography variant="body2">{translate('goldcard.review.conflict.reloaded')}</Typography>
      {unsent && (
        <TextField
          id="conflict-unsent"
          label={translate('goldcard.review.conflict.unsent')}
          value={unsent}
          multiline
          fullWidth
          size="small"
          sx={{ mt: 1.5, bgcolor: 'background.paper' }}
          slotProps={{ htmlInput: { readOnly: true } }}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </Alert>
  );
}
