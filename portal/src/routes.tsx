import { lazy, Suspense } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from './components/Loading';
import { Layout } from './layout/Layout';
import { RequireSession } from './session/RequireSession';
import HomePage from './pages/HomePage';

/** Each page is its own chunk: the first page loads only what it shows. */
function page(Component: LazyExoticComponent<ComponentType>, signedIn = false): ReactNode {
  const element = (
    <Suspense fallback={<Loading />}>
      <Component />
    </Suspense>
  );
  return signedIn ? <RequireSession>{element}</RequireSession> : element;
}

const pages = {
  login: lazy(() => import('./account/LoginPage')),
  register: lazy(() => import('./account/RegisterPage')),
  verifyEmail: lazy(() => import('./account/VerifyEmailPage')),
  resendVerification: lazy(() => import('./account/ResendVerificationPage')),
  forgotPassword: lazy(() => import('./account/ForgotPasswordPage')),
  resetPassword: lazy(() => import('./account/ResetPasswordPage')),
  forgotAccountName: lazy(() => import('./account/ForgotAccountNamePage')),
  changePassword: lazy(() => import('./account/ChangePasswordPage')),
  account: lazy(() => import('./account/AccountPage')),
  confirmContactEmail: lazy(() => import('./account/ConfirmContactEmailPage')),
  newAmendment: lazy(() => import('./wizard/NewAmendmentPage')),
  wizard: lazy(() => import('./wizard/WizardPage')),
  myCases: lazy(() => import('./cases/MyCasesPage')),
  case: lazy(() => import('./cases/CasePage')),
  notifications: lazy(() => import('./cases/NotificationsPage')),
  mandates: lazy(() => import('./agency/MandatesPage')),
  apiKeys: lazy(() => import('./agency/ApiKeysPage')),
  webhooks: lazy(() => import('./agency/WebhooksPage')),
  announcements: lazy(() => import('./announcements/AnnouncementsPage')),
  announcement: lazy(() => import('./announcements/AnnouncementPage')),
  notFound: lazy(() => import('./pages/NotFoundPage')),
};

/**
 * The portal's addresses. Mails, the payment gateway's return and the PDFs link to some of them
 * (`/account/verify-email`, `/account/reset-password`, `/confirm-email`, `/amendments/:id`):
 * those must not change.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/login', element: page(pages.login) },
      { path: '/register', element: page(pages.register) },
      { path: '/account/verify-email', element: page(pages.verifyEmail) },
      { path: '/account/resend-verification', element: page(pages.resendVerification) },
      { path: '/account/forgot-password', element: page(pages.forgotPassword) },
      { path: '/account/reset-password', element: page(pages.resetPassword) },
      { path: '/account/forgot-account-name', element: page(pages.forgotAccountName) },
      { path: '/account/change-password', element: page(pages.changePassword, true) },
      { path: '/account', element: page(pages.account, true) },
      { path: '/confirm-email', element: page(pages.confirmContactEmail) },
      { path: '/amendments', element: page(pages.myCases, true) },
      { path: '/amendments/new', element: page(pages.newAmendment, true) },
      { path: '/amendments/:id', element: page(pages.case, true) },
      { path: '/amendments/:id/edit/:step?', element: page(pages.wizard, true) },
      { path: '/notifications', element: page(pages.notifications, true) },
      { path: '/mandates', element: page(pages.mandates, true) },
      { path: '/agency/api-keys', element: page(pages.apiKeys, true) },
      { path: '/agency/webhooks', element: page(pages.webhooks, true) },
      { path: '/announcements', element: page(pages.announcements) },
      { path: '/announcements/:id', element: page(pages.announcement) },
      { path: '*', element: page(pages.notFound) },
    ],
  },
]);
