import {
  AppBar as RaAppBar,
  Logout,
  RefreshIconButton,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SessionCountdown } from './SessionCountdown';

/** The user menu, named by what it shows (the officer's name) so that speech input finds it. */
function AccountMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const label = identity?.fullName
    ? `${identity.fullName}（${translate('ra.auth.user_menu')}）`
    : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <Logout />
    </UserMenu>
  );
}

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
      userMenu={<AccountMenu />}
    >
      <TitlePortal />
    </RaAppBar>
  );
}
