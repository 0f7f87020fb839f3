import { useState } from 'react';
import { useMutation } from '@apollo/client';
import { useForm } from 'react-hook-form';
import { Button, Typography } from '@mui/material';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FormTextField } from '../components/FormTextField';
import { useServerSubmit } from '../components/useServerSubmit';
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
  const [withdraw, { loading }] = useMutation(CasesWithdrawMutation);
  const form = useForm<{ note: string }>({ defaultValues: { note: '' } });
  const { submit, failure, clearFailure } = useServerSubmit(form, ['note'], async ({ note }) => {
    await withdraw({ variables: { id, note: note.trim() || null } });
    setOpen(false);
    onWithdrawn();
  });

  const close = () => {
    setOpen(false);
    clearFailure();
    form.reset();
  };

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
        onConfirm={() => void submit()}
      >
        <FormTextField
          control={form.control}
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
