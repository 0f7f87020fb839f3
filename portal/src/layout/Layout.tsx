import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Box, Container, Link, Typography } from '@mui/material';
import { common } from '../i18n/common';
import { useMessages } from '../i18n/locale';
import { loginPath } from '../session/RequireSession';
import { SessionWarning } from '../session/SessionCountdown';
import { useSession } from '../session/SessionProvider';
import { Header } from './Header';

/** Pages anyone may open without a session (others send an expired session to log in). */
const PUBLIC_PATHS = [
  /^\/$/,
  /^\/login/,
  /^\/register/,
  /^\/account\/(?!change-password)/,
  /^\/confirm-email/,
];

/** The frame of every page: skip link, header, the page, footer. */
export function Layout() {
  const t = useMessages(common);
  const { status } = useSession();
  const location = useLocation();
  const navigate = useNavigate();

  // The session ran out while here: log in again and come back to this very place.
  useEffect(() => {
    if (status !== 'expired') return;
    if (PUBLIC_PATHS.some((p) => p.test(location.pathname))) return;
    void navigate(loginPath(`${location.pathname}${location.search}`, 'expired'), {
      replace: true,
    });
  }, [status, location.pathname, location.search, navigate]);

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: -10_000,
          top: 8,
          zIndex: 2000,
          bgcolor: 'background.paper',
          p: 1,
          '&:focus': { left: 8 },
        }}
      >
        {t('skipToContent')}
      </Link>
      <Header />
      <SessionWarning />
      <Container
        component="main"
        id="main"
        tabIndex={-1}
        maxWidth="lg"
        sx={{ flexGrow: 1, py: { xs: 2, sm: 4 }, px: { xs: 2, sm: 3 }, outline: 'none' }}
      >
        <Outlet />
      </Container>
      <Box
        component="footer"
        sx={{ bgcolor: '#e8ebef', color: 'text.primary', py: 2, px: 2, textAlign: 'center' }}
      >
        <Typography variant="body2">{t('footer')}</Typography>
        <Typography variant="body2">{t('footerHelp')}</Typography>
      </Box>
    </Box>
  );
}
