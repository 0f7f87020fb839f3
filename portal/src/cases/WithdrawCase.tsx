import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { Button, Typography } from '@mui/material';
import { ConfirmDialog } from '../components/ConfirmDialog';
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
      <ConfirmDialog
        open={open}
        title={t('dialogTitle', { number })}
        body={t('dialogBody')}
        confirmLabel={loading ? t('withdrawing') : t('confirm')}
        keepLabel={t('keep')}
        busy={loading}
        error={failure}
        onClose={close}
        onConfirm={() => void onSubmit()}
      >
        <FormTextField
          control={control}
          name="note"
          label={t('reason')}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: 2000 } }}
        />
      </ConfirmDialog>
    </>
  );
}
