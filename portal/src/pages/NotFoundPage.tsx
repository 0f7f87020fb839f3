import { Link as RouterLink } from 'react-router';
import { Button, Typography } from '@mui/material';
import { Page } from '../components/Page';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';

export default function NotFoundPage() {
  const t = useMessages(common);
  return (
    <Page title={t('notFoundTitle')}>
      <Typography sx={{ mb: 2 }}>{t('notFoundBody')}</Typography>
      <Button variant="contained" component={RouterLink} to="/">
        {t('home')}
      </Button>
    </Page>
  );
}
