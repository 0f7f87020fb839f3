import { Box, Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AnnouncementForm } from './AnnouncementForm';
import { useAnnouncementSave } from './useAnnouncementSave';

/** Supervisors: a new notice in both languages, published now or at a chosen time. */
export function AnnouncementCreate() {
  const translate = useTranslate();
  const save = useAnnouncementSave();
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('goldcard.announcements.create_title')} />
      <Card>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('goldcard.announcements.create_title')}
          </Typography>
          <AnnouncementForm onSubmit={save} />
        </CardContent>
      </Card>
    </Box>
  );
}
