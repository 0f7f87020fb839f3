import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import {
  EditBase,
  ListButton,
  Loading,
  Title,
  useEditContext,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { AnnouncementRecord } from '../../dataProvider';
import { formatDateTime } from '../../format';
import { AnnouncementForm } from './AnnouncementForm';
import { AnnouncementStatusChip } from './AnnouncementStatusChip';
import { RetireButton } from './RetireButton';
import { useAnnouncementSave } from './useAnnouncementSave';

function EditView() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { record, isPending } = useEditContext<AnnouncementRecord>();
  const save = useAnnouncementSave(record);
  if (isPending || !record) return <Loading />;
  const retired = record.status === 'RETIRED';
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('goldcard.announcements.edit_title')} />
      <Box
        sx={{ display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}
      >
        <ListButton />
        {!retired && <RetireButton record={record} />}
      </Box>
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 1 }}>
            <Typography component="h1" variant="h5" sx={{ overflowWrap: 'anywhere' }}>
              {translate('goldcard.announcements.edit_title')}
            </Typography>
            <AnnouncementStatusChip status={record.status} />
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('goldcard.announcements.last_change', {
              at: formatDateTime(record.updatedAt, locale),
              version: record.version,
            })}
          </Typography>
          {retired && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('goldcard.announcements.retired_note', {
                at: formatDateTime(record.retiredAt, locale),
              })}
            </Alert>
          )}
          {/* A new version (after a save elsewhere and the reload) starts the form afresh. */}
          <AnnouncementForm
            key={record.version}
            record={record}
            onSubmit={save}
            disabled={retired}
          />
        </CardContent>
      </Card>
    </Box>
  );
}

/** Supervisors: change a notice (at the version it was loaded in), or retire it. */
export function AnnouncementEdit() {
  return (
    <EditBase mutationMode="pessimistic">
      <EditView />
    </EditBase>
  );
}
