import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Box, Button, Divider, Menu, MenuItem } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircleOutlined';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import type { PortalSession } from '../session/SessionProvider';

/** The signed-in account's menu on wide screens: settings, password, logout. */
export function AccountMenu({
  session,
  onLogout,
}: {
  session: PortalSession;
  onLogout: () => void;
}) {
  const t = useMessages(common);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Button
        color="inherit"
        id="account-menu-button"
        aria-haspopup="true"
        aria-controls={anchor ? 'account-menu' : undefined}
        aria-expanded={Boolean(anchor)}
        onClick={(event) => setAnchor(event.currentTarget)}
        startIcon={<AccountCircleIcon aria-hidden />}
        sx={{ minWidth: 0 }}
      >
        <Box
          component="span"
          sx={{ maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {session.account.displayName}
        </Box>
      </Button>
      <Menu
        id="account-menu"
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={close}
        slotProps={{ list: { 'aria-labelledby': 'account-menu-button' } }}
      >
        <MenuItem component={RouterLink} to="/account" onClick={close}>
          {t('account')}
        </MenuItem>
        <MenuItem component={RouterLink} to="/account/change-password" onClick={close}>
          {t('changePassword')}
        </MenuItem>
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            onLogout();
          }}
        >
          {t('logout')}
        </MenuItem>
      </Menu>
    </>
  );
}
