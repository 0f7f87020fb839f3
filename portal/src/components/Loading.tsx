import { Box, CircularProgress } from '@mui/material';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';

export function Loading() {
  const t = useMessages(common);
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
      <CircularProgress size={24} aria-hidden />
      <span>{t('loading')}</span>
    </Box>
  );
}
