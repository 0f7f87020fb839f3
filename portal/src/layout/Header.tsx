import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import {
  AppBar,
  Box,
  Button,
  Divider,
  Drawer,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material';
import MenuIcon from '@mui/icons-material/Menu';
import { NotificationBell } from '../cases/NotificationBell';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { SessionCountdown } from '../session/SessionCountdown';
import { useSession } from '../session/SessionProvider';
import { navigationFor } from './navigation';
import { AccountMenu } from './AccountMenu';
import { LanguageButton, TextSizeButton } from './Preferences';

/**
 * The bar on every page: the service's name, the navigation for the account's role, the
 * notifications bell, the logout countdown (always in view while signed in), the language and
 * text size, and the account's actions. On a phone the navigation folds into a menu and the
 * countdown gets a line of its own.
 */
export function Header() {
  const t = useMessages(common);
  const { status, session, logout } = useSession();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const signedIn = status === 'active' && Boolean(session);
  const nav = navigationFor(session?.account.role);
  const fullName = signedIn
    ? { xs: 'none', sm: 'inline', lg: 'none', xl: 'inline' }
    : { xs: 'none', sm: 'inline' };
  const shortName = signedIn
    ? { xs: 'inline', sm: 'none', lg: 'inline', xl: 'none' }
    : { xs: 'inline', sm: 'none' };

  const signOut = async () => {
    setMenuOpen(false);
    // To the home page first: a page for signed-in people would otherwise answer the logout by
    // sending the browser to log in again (RequireSession), racing this navigation.
    await navigate('/');
    await logout();
  };

  const accountItems = signedIn
    ? [
        { label: t('account'), to: '/account' },
        { label: t('changePassword'), to: '/account/change-password' },
      ]
    : [
        { label: t('login'), to: '/login' },
        { label: t('register'), to: '/register' },
      ];

  return (
    <AppBar position="sticky" color="primary" elevation={1} component="header">
      <Toolbar
        // Wraps on narrow desktops: an agency's five sections and the account's actions do not fit
        // on one line in English at 1280 px.
        sx={{
          gap: 1,
          flexWrap: { xs: 'nowrap', md: 'wrap' },
          minHeight: { xs: 56 },
          py: { md: 0.5 },
        }}
      >
        <Typography
          component={RouterLink}
          to="/"
          variant="h6"
          sx={{
            color: 'inherit',
            textDecoration: 'none',
            fontWeight: 700,
            whiteSpace: 'nowrap',
            mr: 1,
            '&:focus-visible': { outline: '3px solid #ffb870', outlineOffset: 2 },
          }}
        >
          {/* The short name where the bar is full: on a phone, and beside the navigation of a
              signed-in account until the screen is very wide. */}
          <Box component="span" sx={{ display: fullName }}>
            {t('service')}
          </Box>
          <Box component="span" sx={{ display: shortName }}>
            {t('serviceShort')}
          </Box>
        </Typography>
        <Box
          component="nav"
          aria-label={t('menu')}
          sx={{ display: { xs: 'none', lg: 'flex' }, gap: 0.5, flexGrow: 1 }}
        >
          {nav.map((item) => (
            <Button key={item.key} component={RouterLink} to={item.to} color="inherit">
              {t(item.key)}
            </Button>
          ))}
        </Box>
        <Box sx={{ flexGrow: { xs: 1, lg: 0 } }} />
        <Box sx={{ display: { xs: 'none', sm: 'flex' } }}>
          <SessionCountdown />
        </Box>
        {signedIn && <NotificationBell />}
        <LanguageButton />
        <Box sx={{ display: { xs: 'none', lg: 'flex' }, alignItems: 'center', gap: 0.5 }}>
          <TextSizeButton compact={signedIn} />
          {signedIn && session ? (
            <AccountMenu session={session} onLogout={() => void signOut()} />
          ) : (
            accountItems.map((item) => (
              <Button key={item.to} component={RouterLink} to={item.to} color="inherit">
                {item.label}
              </Button>
            ))
          )}
        </Box>
        <IconButton
          color="inherit"
          edge="end"
          aria-label={t('menu')}
          aria-haspopup="true"
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen(true)}
          sx={{ display: { xs: 'inline-flex', lg: 'none' } }}
        >
          <MenuIcon />
        </IconButton>
      </Toolbar>
      {signedIn && (
        <Box
          sx={{
            display: { xs: 'flex', sm: 'none' },
            justifyContent: 'flex-end',
            px: 2,
            pb: 0.5,
          }}
        >
          <SessionCountdown />
        </Box>
      )}
      <Drawer anchor="right" open={menuOpen} onClose={() => setMenuOpen(false)}>
        <Box component="nav" aria-label={t('menu')} sx={{ width: 260 }}>
          <List>
            {nav.map((item) => (
              <ListItemButton
                key={item.key}
                component={RouterLink}
                to={item.to}
                onClick={() => setMenuOpen(false)}
              >
                <ListItemText primary={t(item.key)} />
              </ListItemButton>
            ))}
            {nav.length > 0 && <Divider component="li" />}
            {accountItems.map((item) => (
              <ListItemButton
                key={item.to}
                component={RouterLink}
                to={item.to}
                onClick={() => setMenuOpen(false)}
              >
                <ListItemText primary={item.label} />
              </ListItemButton>
            ))}
            {signedIn && (
              <ListItemButton onClick={() => void signOut()}>
                <ListItemText primary={t('logout')} />
              </ListItemButton>
            )}
          </List>
          <Box sx={{ px: 2 }}>
            <TextSizeButton variant="outlined" color="primary" />
          </Box>
        </Box>
      </Drawer>
    </AppBar>
  );
}
