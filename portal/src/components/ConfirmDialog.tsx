import { useId, type ReactNode } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material';
import { useMessages } from '../i18n/locale';
import { confirmDialogMessages } from './confirmDialog.messages';
import { ErrorAlert } from './ErrorAlert';

/**
 * "Are you sure?" before something that cannot be undone (revoking, deleting, withdrawing): what
 * it means, the API's refusal if any, optional fields (`children`, e.g. a reason), and two
 * buttons. The safe choice takes the focus first, so that Enter pressed by habit does not
 * destroy anything; the other one submits the dialog's form (Enter in a field does too).
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  keepLabel,
  busy,
  error,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  /** Instead of "No, go back". */
  keepLabel?: string;
  busy?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const t = useMessages(confirmDialogMessages);
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
    >
      <DialogTitle id={titleId} component="h2">
        {title}
      </DialogTitle>
      <Box
        component="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
        }}
      >
        <DialogContent>
          <ErrorAlert error={error} />
          <DialogContentText
            id={bodyId}
            component="div"
            sx={{ color: 'text.primary', mb: children ? 2 : 0 }}
          >
            {body}
          </DialogContentText>
          {children}
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy} autoFocus variant="outlined">
            {keepLabel ?? t('keep')}
          </Button>
          <Button type="submit" disabled={busy} color="error" variant="contained">
            {confirmLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
