import { AppBar as RaAppBar, Logout, RefreshIconButton, TitlePortal, UserMenu } from 'react-admin';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SessionCountdown } from './SessionCountdown';

/** Page title, the logout countdown, the language, reload and the user menu (logout). */
export function AppBar() {
  return (
    <RaAppBar
      toolbar={
        <>
          <SessionCountdown />
          <LanguageSwitcher />
          <RefreshIconButton />
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
