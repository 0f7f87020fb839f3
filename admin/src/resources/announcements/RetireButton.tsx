import { useState } from 'react';
import { Button } from '@mui/material';
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined';
import { useMutation } from '@tanstack/react-query';
import { Confirm, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AnnouncementRecord, GoldcardDataProvider } from '../../dataProvider';
import { toApiError } from '../../graphql/errors';

/** Takes a notice off the board for good, after a confirmation that says so. */
export function RetireButton({ record }: { record: AnnouncementRecord }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GoldcardDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const retire = useMutation({
    mutationFn: () => dataProvider.retireAnnouncement({ id: record.id, version: record.version }),
    onSuccess: () => {
      notify('goldcard.announcements.retired', { type: 'success' });
      setOpen(false);
      refresh();
    },
    onError: (failure) => {
      const apiError = toApiError(failure);
      setOpen(false);
      if (apiError.code === 'CONFLICT') {
        notify('goldcard.announcements.conflict', { type: 'error', autoHideDuration: 10_000 });
        refresh();
      } else {
        notify(apiError.message, { type: 'error' });
      }
    },
  });
  return (
    <>
      <Button
        color="error"
        variant="outlined"
        startIcon={<ArchiveIcon aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {translate('goldcard.announcements.retire')}
      </Button>
      <Confirm
        isOpen={open}
        loading={retire.isPending}
        title="goldcard.announcements.retire_title"
        titleTranslateOptions={{ title: record.title }}
        content="goldcard.announcements.retire_body"
        confirm="goldcard.announcements.retire"
        confirmColor="warning"
        onConfirm={() => retire.mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
