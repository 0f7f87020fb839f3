import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from '@mui/material';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormTextField } from '../components/FormTextField';
import { applyServerErrors } from '../components/serverErrors';
import { toApiError, type ApiError } from '../graphql/errors';
import { useMessages } from '../i18n/locale';
import { actionMessages } from './actions.messages';
import { CasesWithdrawMutation } from './cases.graphql';

/** Withdraw, after a dialog that says what it means (nothing changes; it cannot be undone). */
export function WithdrawCase({
  id,
  number,
  onWithdrawn,
}: {
  id: string;
  number: string;
  onWithdrawn: () => void;
}) {
  const t = useMessages(actionMessages);
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<ApiError>();
  const [withdraw, { loading }] = useMutation(CasesWithdrawMutation);
  const { control, handleSubmit, setError, reset } = useForm<{ note: string }>({
    defaultValues: { note: '' },
  });

  const close = () => {
    setOpen(false);
    setFailure(undefined);
    reset();
  };
  const onSubmit = handleSubmit(async ({ note }) => {
    setFailure(undefined);
    try {
      await withdraw({ variables: { id, note: note.trim() || null } });
      setOpen(false);
      onWithdrawn();
    } catch (e) {
      const error = toApiError(e);
      if (applyServerErrors(error, setError, ['note']).length || !error.fields.length) {
        setFailure(error);
      }
    }
  });

  return (
    <>
      <Typography sx={{ mb: 1 }}>{t('withdrawIntro')}</Typography>
      <Button variant="outlined" color="error" onClick={() => setOpen(true)}>
        {t('withdrawButton')}
      </Button>
      <Dialog
        open={open}
        onClose={close}
        aria-labelledby="withdraw-dialog-title"
        aria-describedby="withdraw-dialog-body"
      >
        <DialogTitle id="withdraw-dialog-title">{t('dialogTitle', { number })}</DialogTitle>
        <form noValidate onSubmit={(e) => void onSubmit(e)}>
          <DialogContent>
            <DialogContentText id="withdraw-dialog-body" sx={{ mb: 2, color: 'text.primary' }}>
              {t('dialogBody')}
            </DialogContentText>
            <ErrorAlert error={failure} />
            <FormTextField
              control={control}
              name="note"
              label={t('reason')}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
          </DialogContent>
          <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
            <Button onClick={close} variant="outlined" autoFocus>
              {t('keep')}
            </Button>
            <Button type="submit" color="error" variant="contained" disabled={loading}>
              {loading ? t('withdrawing') : t('confirm')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
