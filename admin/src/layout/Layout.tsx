import type { ReactNode } from 'react';
import { Layout as RaLayout, usePermissions } from 'react-admin';
import type { Permissions } from '../authProvider';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { useActivityKeepAlive } from '../auth/useActivityKeepAlive';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * react-admin's layout with the console's app bar and menu. A restricted session (expired or
 * temporary password) sees only the change-password form until the password is changed. Typing
 * and clicking keep the session alive (useActivityKeepAlive).
 */
export function Layout({ children }: { children: ReactNode }) {
  const { permissions } = usePermissions<Permissions>();
  useActivityKeepAlive();
  return (
    // react-admin's layout is at least as wide as its content (min-width: fit-content), so one
    // wide table made every phone page scroll sideways: below `md` it is the window's width and
    // wide parts (tables) scroll in their own frames.
    <RaLayout
      appBar={AppBar}
      menu={Menu}
      sx={{
        minWidth: { xs: 0, md: 'fit-content' },
        '& .RaLayout-content': { minWidth: { xs: 0, md: 'auto' } },
      }}
    >
      {permissions?.restricted ? <ChangePasswordPage /> : children}
    </RaLayout>
  );
}
