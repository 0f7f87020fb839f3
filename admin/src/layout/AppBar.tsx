import { AppBar as RaAppBar, Logout, TitlePortal, UserMenu } from 'react-admin';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SessionCountdown } from './SessionCountdown';

/** Page title, the logout countdown, the language and the user menu (logout). */
export function AppBar() {
  return (
    <RaAppBar
      toolbar={
        <>
          <SessionCountdown />
          <LanguageSwitcher />
        </>
      }
      userMenu={
        <UserMenu>
          <Logout />
        </UserMenu>
      }
    >
      <TitlePortal />
    </RaAppBar>
  );
}
