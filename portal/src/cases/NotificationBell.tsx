import { Link as RouterLink } from 'react-router';
import { Badge, IconButton } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { useMessages } from '../i18n/locale';
import { useSession } from '../session/SessionProvider';
import { notificationMessages } from './notifications.messages';
import { useUnreadCount } from './useUnreadCount';

const upTo99 = (count: number) => (count > 99 ? '99+' : String(count));

/**
 * The bell in the header (signed in only): unread notices plus to-dos on its badge, both named in
 * its label, and a link to the notifications (where the to-dos are listed above them).
 */
export function NotificationBell() {
  const t = useMessages(notificationMessages);
  const { status } = useSession();
  const { unread, todos } = useUnreadCount(status === 'active');
  const total = unread + todos;
  // The badge's own text must be part of the link's name (WCAG 2.5.3): both say "99+" past 99.
  const shown = upTo99(total);
  // The notices first, as before the to-dos came; the badge's total closes a label with both.
  const label =
    todos === 0
      ? unread > 0
        ? t('bellUnread', { count: shown })
        : t('bellNone')
      : unread > 0
        ? t('bellUnreadTodos', { count: upTo99(unread), todos: upTo99(todos), total: shown })
        : t('bellNoneTodos', { todos: shown });
  return (
    <IconButton
      color="inherit"
      component={RouterLink}
      to="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
    >
      {total > 0 ? (
        <Badge badgeContent={shown} color="error" overlap="circular">
          <NotificationsIcon />
        </Badge>
      ) : (
        <NotificationsIcon />
      )}
    </IconButton>
  );
}
