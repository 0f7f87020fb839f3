import { Link as RouterLink } from 'react-router';
import { Box, Button, Card, CardActions, CardContent, Chip, Typography } from '@mui/material';
import type { CasesNotificationsQuery } from '../generated/graphql';
import { formatDateTime } from '../i18n/dates';
import { useLocale, useMessages } from '../i18n/locale';
import { notificationMessages } from './notifications.messages';

type Notice = CasesNotificationsQuery['notifications']['items'][number];

/** One notice: what happened (the API's words), when, and the way to its case. */
export function NotificationItem({
  notice,
  onRead,
  busy,
}: {
  notice: Notice;
  onRead: (id: string) => void;
  busy: boolean;
}) {
  const t = useMessages(notificationMessages);
  const { locale } = useLocale();
  const unread = !notice.readAt;
  const titleId = `notice-${notice.id}`;
  return (
    <Card
      variant="outlined"
      component="article"
      aria-labelledby={titleId}
      sx={{
        borderLeftWidth: unread ? 4 : 1,
        borderLeftColor: unread ? 'primary.main' : 'divider',
        bgcolor: unread ? 'background.paper' : 'transparent',
      }}
    >
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography
            id={titleId}
            component="h2"
            variant="subtitle1"
            sx={{ fontWeight: unread ? 700 : 500, overflowWrap: 'anywhere' }}
          >
            {notice.title}
          </Typography>
          {unread && <Chip size="small" color="primary" label={t('unread')} />}
        </Box>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, locale)}</time>
        </Typography>
        <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {notice.body}
        </Typography>
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        {notice.amendmentId && (
          <Button
            variant="contained"
            component={RouterLink}
            to={`/amendments/${notice.amendmentId}`}
            onClick={() => unread && onRead(notice.id)}
            aria-describedby={titleId}
          >
            {t('openCase')}
          </Button>
        )}
        {unread && (
          <Button
            variant="outlined"
            onClick={() => onRead(notice.id)}
            disabled={busy}
            aria-describedby={titleId}
          >
            {t('markRead')}
          </Button>
        )}
      </CardActions>
    </Card>
  );
}
