import { Link as RouterLink } from 'react-router';
import { Badge, IconButton } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { useMessages } from '../i18n/locale';
import { useSession } from '../session/SessionProvider';
import { notificationMessages } from './notifications.messages';
import { useUnreadCount } from './useUnreadCount';

/** The bell in the header (signed in only): the unread count, a link to the notifications. */
export function NotificationBell() {
  const t = useMessages(notificationMessages);
  const { status } = useSession();
  const unread = useUnreadCount(status === 'active');
  // The badge's own text must be part of the link's name (WCAG 2.5.3): both say "99+" past 99.
  const shown = unread > 99 ? '99+' : String(unread);
  const label = unread > 0 ? t('bellUnread', { count: shown }) : t('bellNone');
  return (
    <IconButton
      color="inherit"
      component={RouterLink}
      to="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
    >
      {unread > 0 ? (
        <Badge badgeContent={shown} color="error" overlap="circular">
          <NotificationsIcon />
        </Badge>
      ) : (
        <NotificationsIcon />
      )}
    </IconButton>
  );
}
