import { ApolloProvider } from '@apollo/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { RouterProvider } from 'react-router';
import { apolloClient } from './graphql/client';
import { LocaleProvider } from './i18n/locale';
import { router } from './routes';
import { SessionProvider } from './session/SessionProvider';
import { theme } from './theme';

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <LocaleProvider>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </LocaleProvider>
      </ThemeProvider>
    </ApolloProvider>
  );
}
