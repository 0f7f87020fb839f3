import { Page } from '../components/Page';

/** Placeholder, replaced by the feature's page. */
export default function ForgotPasswordPage() {
  return <Page title="ForgotPasswordPage">…</Page>;
}
