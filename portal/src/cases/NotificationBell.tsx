import { Link as RouterLink } from 'react-router';
import { IconButton } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';

/** Placeholder: the bell with the unread count is built in the cases feature. */
export function NotificationBell() {
  return (
    <IconButton
      color="inherit"
      component={RouterLink}
      to="/notifications"
      aria-label="通知 Notifications"
    >
      <NotificationsIcon />
    </IconButton>
  );
}
