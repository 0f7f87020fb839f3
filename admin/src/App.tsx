import { QueryClient } from '@tanstack/react-query';
import { Admin, Resource } from 'react-admin';
import { LoginPage } from './auth/LoginPage';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { errorCode } from './graphql/errors';
import { createI18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { amendments } from './resources/amendments';
import { announcements } from './resources/announcements';
import { applicants } from './resources/applicants';
import { mandates } from './resources/mandates';
import { casePayments, paymentReconciliation } from './resources/payments';
import { auditEvents } from './resources/auditEvents';
import { staffAccounts } from './resources/staffAccounts';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Only a lost connection is worth retrying; the API's answers are final.
      retry: (failures, error) => failures < 2 && errorCode(error) === 'NETWORK_ERROR',
      refetchOnWindowFocus: false,
    },
  },
});

// Data the API localises (status labels, countries, messages) is fetched again after a switch.
const i18nProvider = createI18nProvider(() => void queryClient.invalidateQueries());

/** The officer console: react-admin on the API's GraphQL endpoint, with the cookie session. */
export function App() {
  return (
    <Admin
      title="goldcard"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      loginPage={LoginPage}
      layout={Layout}
      dashboard={Dashboard}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      <Resource name="amendments" {...amendments} />
      <Resource name="applicants" {...applicants} />
      <Resource name="auditEvents" {...auditEvents} />
      <Resource name="staffAccounts" {...staffAccounts} />
      <Resource name="announcements" {...announcements} />
      <Resource name="mandates" {...mandates} />
      <Resource name="paymentReconciliation" {...paymentReconciliation} />
      <Resource name="casePayments" {...casePayments} />
    </Admin>
  );
}
